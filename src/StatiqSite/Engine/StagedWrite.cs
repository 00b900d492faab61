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
        output = OutputWriter.Normalize(outputPath);
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

    /// <summary>Writes what was not written early and swaps the staging folder in; false (with an error) if the site could not be written.</summary>
    public bool Complete(IReadOnlyList<Output> outputs, DiagnosticBag diagnostics)
    {
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

            // Two renames are the closest a portable program gets to an atomic swap of a folder.
            OutputWriter.DeleteIfExists(old);
            if (Directory.Exists(output))
            {
                Directory.Move(output, old);
            }

            Directory.Move(staging, output);
            OutputWriter.DeleteIfExists(old);
            return true;
        }
        catch (IOException e)
        {
            OutputWriter.DeleteIfExists(staging);
            if (!Directory.Exists(output) && Directory.Exists(old))
            {
                Directory.Move(old, output);
            }

            diagnostics.Error(Codes.OutputRefused, new Origin(outputPath, TextPosition.Start), $"the site could not be written: {e.Message}");
            return false;
        }
        catch (UnauthorizedAccessException e)
        {
            OutputWriter.DeleteIfExists(staging);
            diagnostics.Error(Codes.OutputRefused, new Origin(outputPath, TextPosition.Start), $"the site could not be written: {e.Message}");
            return false;
        }
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

        OutputWriter.DeleteIfExists(staging);
    }

    private void Prepare()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        OutputWriter.DeleteIfExists(staging);
        Directory.CreateDirectory(staging);
    }
}
