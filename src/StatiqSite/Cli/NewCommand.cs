using System.CommandLine;
using StatiqSite.Pipelines;
using StatiqSite.Publishing;

namespace StatiqSite.Cli;

/// <summary><c>new event|actor|briefing|explainer "Title"</c>: writes a commented template, never over an existing file.</summary>
public static class NewCommand
{
    private static readonly Argument<string> Kind = new("kind")
    {
        Description = "What to create: event, actor, briefing or explainer.",
    };

    private static readonly Argument<string> Title = new("title") { Description = "The title (or, for an actor, the name); it gives the id." };

    private static readonly Option<string?> Date = new("--date") { Description = "For events and briefings: the EDTF date (default: today), which also starts the file name." };

    public static Command Create(Option<string> input)
    {
        Kind.AcceptOnlyFromAmong("event", "actor", "briefing", "explainer");
        var command = new Command("new", "Create a new content file from a template with every field explained.");
        command.Arguments.Add(Kind);
        command.Arguments.Add(Title);
        command.Options.Add(Date);
        command.Options.Add(input);
        command.SetAction(result => Run(
            Enum.Parse<ScaffoldKind>(result.GetValue(Kind)!, ignoreCase: true),
            result.GetValue(Title)!,
            result.GetValue(Date),
            Path.GetFullPath(result.GetValue(input)!),
            Console.Out,
            Console.Error));
        return command;
    }

    public static int Run(ScaffoldKind kind, string title, string? date, string inputPath, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(inputPath))
        {
            stderr.WriteLine($"error: the input folder {inputPath} does not exist; pass --input with the folder that holds site.yml");
            return SiteBuilder.InputErrors;
        }

        var (file, problem) = Scaffold.Create(kind, title, date, DateOnly.FromDateTime(DateTime.Now));
        if (file is null)
        {
            stderr.WriteLine($"error: {problem}");
            return SiteBuilder.InputErrors;
        }

        if (Scaffold.Existing(inputPath, kind, file) is { } existing)
        {
            stderr.WriteLine($"error: {Shown(existing)} already exists with the id '{file.Id}'; nothing was written. Edit that file, or choose another title.");
            return SiteBuilder.InputErrors;
        }

        string target = Path.Combine(inputPath, file.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using (var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
        {
            writer.Write(file.Text.ReplaceLineEndings("\n"));
        }

        stdout.WriteLine($"Created {Shown(target)}. Replace each <placeholder>, then run 'check'.");
        return SiteBuilder.Success;
    }

    private static string Shown(string path)
    {
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }
}
