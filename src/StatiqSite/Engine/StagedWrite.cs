using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;

namespace StatiqSite.Engine;

/// <summary>
/// A build's files written to a staging folder beside the output folder, then swapped in, so that a
/// failed or interrupted build leaves the previous site exactly as it was.
/// <para>
/// The pages are final once the Process phase ends, so a cold build starts writing them
/// (<see cref="WriteEarly"/>) while the link check reads them: on a disk, creating thousands of files
/// leaves a core idle part of the time, which the check then uses. Only <see cref="Complete"/>, after
/// every check passed, swaps the folder in; <see cref="Abandon"/> deletes it.
/// </para>
/// </summary>
public sealed class StagedWrite
{
    private readonly string outputPath;
    private readonly string output;
    private readonly string staging;
    private readonly string old;
    private Task? early;
    private HashSet<Output>? writtenEarly;

    private StagedWrite(string outputPath)
    {
        this.outputPath = outputPath;
        output = OutputFolder.Normalize(outputPath);
        string parent = Path.GetDirectoryName(output)!;
        string name = Path.GetFileName(output);
        staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        old = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
    }

    /// <summary>A write of the site to <paramref name="outputPath"/>; the staging folder is made by the first write.</summary>
    public static StagedWrite Begin(string outputPath) => new(outputPath);

    /// <summary>Starts writing <paramref name="outputs"/> in the background; <see cref="Complete"/> writes the rest.</summary>
    public void WriteEarly(IReadOnlyList<Output> outputs)
    {
        writtenEarly = new HashSet<Output>(outputs, ReferenceEqualityComparer.Instance);
        early = Task.Run(() =>
        {
            Prepare();
            OutputWriter.WriteAll(outputs, staging);
        });
    }

    /// <summary>
    /// Writes what was not written early and swaps the staging folder in. False (with one error) if the
    /// site could not be written or swapped in: then the previous output is in place and nothing of this
    /// build is left. True once the new site is in place, even if the previous one could not be removed
    /// (a warning says where it was left), so that the exit code tells what is on disk.
    /// </summary>
    public bool Complete(IReadOnlyList<Output> outputs, DiagnosticBag diagnostics)
    {
        bool movedAside = false;
        try
        {
            if (early is null)
            {
                Prepare();
                OutputWriter.WriteAll(outputs, staging);
            }
            else
            {
                early.GetAwaiter().GetResult();
                OutputWriter.WriteAll([.. outputs.Where(o => !writtenEarly!.Contains(o))], staging);
            }

            // Checked again at the last moment: a link or someone else's files may have appeared since the build began.
            if (OutputFolder.Unowned(output) is { } refusal)
            {
                throw new IOException(refusal);
            }

            // Two renames are the closest a portable program gets to an atomic swap of a folder.
            OutputFolder.Delete(old);
            if (OutputFolder.IsMarked(output))
            {
                Directory.Move(output, old);
                movedAside = true;
            }
            else if (Directory.Exists(output))
            {
                // Unowned allowed it, so it is empty: removing it loses nothing, and it fails if that changed.
                Directory.Delete(output);
            }

            Directory.Move(staging, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (movedAside && !Path.Exists(output))
            {
                Directory.Move(old, output);
            }

            OutputFolder.DeleteQuietly(staging);
            diagnostics.Error(Codes.OutputRefused, new Origin(outputPath, TextPosition.Start),
                $"the site could not be written, and the previous output was left as it was: {e.Message}");
            return false;
        }

        try
        {
            OutputFolder.Delete(old);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(Codes.OutputRefused, new Origin(outputPath, TextPosition.Start),
                $"the new site is in place, but the previous one could not be deleted from {old}: {e.Message}");
        }

        return true;
    }

    /// <summary>The build failed after files were written early: the staging folder goes, the site stays as it was.</summary>
    public void Abandon()
    {
        if (early is null)
        {
            return;
        }

        try
        {
            early.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The build has already failed; what matters is that nothing of it stays behind.
        }

        OutputFolder.DeleteQuietly(staging);
    }

    private void Prepare()
    {
        OutputFolder.Delete(staging);
        OutputFolder.Create(staging);
    }
}
