using System.Globalization;
using StatiqSite.Benchmarks;

// statiqsite-bench: generate a synthetic corpus, and build it (or any input folder) as whole processes.
// See docs/performance.md for the commands that reproduce the published figures.
var arguments = Arguments.Parse(args);
try
{
    return arguments.Command switch
    {
        "generate" => Commands.Generate(arguments),
        "run" => Commands.Run(arguments),
        "latency" => await Commands.LatencyAsync(arguments),
        "inproc" => await InProcess.RunAsync(arguments),
        "search" => await SearchIndex.RunAsync(arguments),
        "render" => await RenderSpike.RunAsync(arguments),
        _ => Commands.Usage(),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine("statiqsite-bench: " + e.Message);
    return 2;
}

namespace StatiqSite.Benchmarks
{
    /// <summary>Command-line arguments: a command, then --name value pairs and --flags.</summary>
    public sealed class Arguments
    {
        private readonly Dictionary<string, List<string?>> values = new(StringComparer.Ordinal);

        public string Command { get; private init; } = string.Empty;

        public static Arguments Parse(string[] args)
        {
            var result = new Arguments { Command = args.Length > 0 ? args[0] : string.Empty };
            for (int i = 1; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new ArgumentException($"unexpected argument '{args[i]}'");
                }

                string name = args[i][2..];
                bool hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
                string? value = hasValue ? args[++i] : null;
                if (result.values.TryGetValue(name, out var list))
                {
                    list.Add(value);
                }
                else
                {
                    result.values[name] = [value];
                }
            }

            return result;
        }

        public bool Has(string name) => values.ContainsKey(name);

        /// <summary>The option's value; the last one when it is given more than once.</summary>
        public string? Text(string name) => values.GetValueOrDefault(name)?[^1];

        public string Text(string name, string fallback) => Text(name) ?? fallback;

        /// <summary>Every value of an option that may be repeated, in order.</summary>
        public IReadOnlyList<string> All(string name) => [.. values.GetValueOrDefault(name)?.OfType<string>() ?? []];

        public int Number(string name, int fallback) =>
            Text(name) is { } text
                ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : throw new ArgumentException($"--{name} needs a positive whole number, not '{text}'")
                : fallback;
    }
}
