using System.Collections.Concurrent;
using System.Diagnostics;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;

namespace StatiqSite.Engine;

/// <summary>The result of a run: the outputs in path order, and whether it succeeded.</summary>
public sealed record BuildResult(IReadOnlyList<Output> Outputs, bool Succeeded);

/// <summary>A dependency that points back at itself, directly or through others.</summary>
public sealed class PipelineCycleException(string message) : Exception(message);

/// <summary>Runs pipelines phase by phase, in parallel wherever dependencies allow.</summary>
public sealed class PipelineEngine
{
    private readonly IReadOnlyList<Pipeline> ordered;
    private readonly Dictionary<Type, Pipeline> byType;

    public PipelineEngine(IEnumerable<Pipeline> pipelines)
    {
        var list = pipelines.ToList();
        byType = list.ToDictionary(p => p.GetType());
        ordered = Order(list);
    }

    /// <summary>The pipelines in an order where each comes after its dependencies.</summary>
    public IReadOnlyList<Pipeline> Pipelines => ordered;

    /// <summary>Sorts pipelines so dependencies come first; a missing dependency or a cycle is an error.</summary>
    public static IReadOnlyList<Pipeline> Order(IReadOnlyList<Pipeline> pipelines)
    {
        var byType = pipelines.ToDictionary(p => p.GetType());
        var result = new List<Pipeline>();
        var state = new Dictionary<Type, int>();
        var path = new Stack<Pipeline>();
        foreach (var pipeline in pipelines.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            Visit(pipeline);
        }

        return result;

        void Visit(Pipeline p)
        {
            var type = p.GetType();
            if (state.GetValueOrDefault(type) == 2)
            {
                return;
            }

            if (state.GetValueOrDefault(type) == 1)
            {
                var loop = path.Reverse().SkipWhile(x => x != p).Select(x => x.Name).Append(p.Name);
                throw new PipelineCycleException($"pipelines depend on each other in a cycle: {string.Join(" → ", loop)}");
            }

            state[type] = 1;
            path.Push(p);
            foreach (var dependency in p.Dependencies)
            {
                if (!byType.TryGetValue(dependency, out var next))
                {
                    throw new PipelineCycleException($"pipeline {p.Name} depends on {dependency.Name}, which is not registered");
                }

                Visit(next);
            }

            path.Pop();
            state[type] = 2;
            result.Add(p);
        }
    }

    /// <param name="processed">Called with the outputs once the Process phase succeeded; they are final, as PostProcess only adds.</param>
    public async Task<BuildResult> RunAsync(BuildOptions options, DiagnosticBag diagnostics, Log log, BuildSession? session = null, Action<IReadOnlyList<Output>>? processed = null)
    {
        var outputs = ordered.ToDictionary(p => p, _ => new ConcurrentQueue<Output>());
        IReadOnlyList<Output>? processOutputs = null;
        IReadOnlyList<Output> ProcessOutputs() => processOutputs ??= Sorted(outputs.Values.SelectMany(q => q));

        PipelineContext Context(Pipeline p, Phase phase) =>
            new(p, phase, options, diagnostics, log, byType, outputs[p], ProcessOutputs, d => outputs[d], session);

        // With a limit, pipelines also take turns, so that MaxParallelism = 1 is a truly sequential build.
        using var gate = options.MaxParallelism is { } limit ? new SemaphoreSlim(limit) : null;

        await RunPhase(Phase.Input, log, diagnostics, p => p.InputAsync(Context(p, Phase.Input)), respectDependencies: false, gate);
        if (diagnostics.HasErrors)
        {
            return new BuildResult([], false);
        }

        await RunPhase(Phase.Process, log, diagnostics, p => p.ProcessAsync(Context(p, Phase.Process)), respectDependencies: true, gate);
        if (diagnostics.HasErrors)
        {
            return new BuildResult([], false);
        }

        processed?.Invoke(ProcessOutputs());
        await RunPhase(Phase.PostProcess, log, diagnostics, p => p.PostProcessAsync(Context(p, Phase.PostProcess)), respectDependencies: true, gate);
        var all = Sorted(outputs.Values.SelectMany(q => q));
        CheckCollisions(all, diagnostics);
        return new BuildResult(all, !diagnostics.HasErrors);
    }

    private async Task RunPhase(Phase phase, Log log, DiagnosticBag diagnostics, Func<Pipeline, Task> work, bool respectDependencies, SemaphoreSlim? gate)
    {
        var clock = Stopwatch.StartNew();
        var tasks = new Dictionary<Pipeline, Task>();
        foreach (var pipeline in ordered)
        {
            var before = respectDependencies ? pipeline.Dependencies.Select(d => tasks[byType[d]]).ToArray() : [];
            tasks[pipeline] = Run(pipeline, before);
        }

        await Task.WhenAll(tasks.Values);
        log.Verbose($"{phase} phase: {clock.ElapsedMilliseconds} ms");

        async Task Run(Pipeline pipeline, Task[] before)
        {
            await Task.WhenAll(before);
            await Task.Yield();
            if (diagnostics.HasErrors)
            {
                // A dependency failed; its results are incomplete, so dependents must not read them.
                return;
            }

            if (gate is not null)
            {
                await gate.WaitAsync();
            }

            var timer = Stopwatch.StartNew();
            try
            {
                await work(pipeline);
            }
            finally
            {
                gate?.Release();
            }

            log.Verbose($"{pipeline.Name}/{phase}: {timer.Elapsed.TotalMilliseconds:F1} ms");
        }
    }

    private static IReadOnlyList<Output> Sorted(IEnumerable<Output> outputs) =>
        [.. outputs.OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Pipeline, StringComparer.Ordinal)];

    private static void CheckCollisions(IReadOnlyList<Output> outputs, DiagnosticBag diagnostics)
    {
        for (int i = 1; i < outputs.Count; i++)
        {
            if (string.Equals(outputs[i].Path, outputs[i - 1].Path, StringComparison.OrdinalIgnoreCase))
            {
                var origin = new Origin(outputs[i].Source ?? outputs[i].Pipeline, TextPosition.Start);
                diagnostics.Error(Codes.OutputCollision, origin,
                    $"two pages would be written to {outputs[i].Path} (from {outputs[i - 1].Source ?? outputs[i - 1].Pipeline} and {outputs[i].Source ?? outputs[i].Pipeline}); rename one");
            }
        }
    }
}
