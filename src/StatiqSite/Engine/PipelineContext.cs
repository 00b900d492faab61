using System.Collections.Concurrent;
using StatiqSite.Diagnostics;

namespace StatiqSite.Engine;

/// <summary>What a pipeline sees while a phase runs.</summary>
public sealed class PipelineContext
{
    private readonly Pipeline pipeline;
    private readonly IReadOnlyDictionary<Type, Pipeline> all;
    private readonly ConcurrentQueue<Output> outputs;
    private readonly Func<IReadOnlyList<Output>> processOutputs;
    private readonly Func<Pipeline, IEnumerable<Output>> outputsOf;

    internal PipelineContext(Pipeline pipeline, Phase phase, BuildOptions options, DiagnosticBag diagnostics, Log log,
        IReadOnlyDictionary<Type, Pipeline> all, ConcurrentQueue<Output> outputs, Func<IReadOnlyList<Output>> processOutputs, Func<Pipeline, IEnumerable<Output>> outputsOf, BuildSession? session = null)
    {
        this.outputsOf = outputsOf;
        Session = session;
        this.pipeline = pipeline;
        this.all = all;
        this.outputs = outputs;
        this.processOutputs = processOutputs;
        Phase = phase;
        Options = options;
        Diagnostics = diagnostics;
        Log = log;
    }

    public Phase Phase { get; }

    public BuildOptions Options { get; }

    public DiagnosticBag Diagnostics { get; }

    public Log Log { get; }

    /// <summary>In preview, what earlier builds left (caches); null for a one-off build.</summary>
    public BuildSession? Session { get; }

    public CancellationToken Cancellation => Options.Cancellation;

    /// <summary>A pipeline this one declared as a dependency, to read its typed results.</summary>
    public T Get<T>()
        where T : Pipeline
    {
        if (!pipeline.Dependencies.Contains(typeof(T)))
        {
            throw new InvalidOperationException($"{pipeline.Name} reads {typeof(T).Name} without declaring it as a dependency.");
        }

        return (T)all[typeof(T)];
    }

    /// <summary>
    /// What a declared dependency has added so far, in every phase: in PostProcess, a dependency's
    /// PostProcess files too (sitemap.xml for the link check), which <see cref="ProcessOutputs"/> leaves out.
    /// </summary>
    public IEnumerable<Output> OutputsOf<T>()
        where T : Pipeline => outputsOf(Get<T>());

    public void Add(Output output) => outputs.Enqueue(output);

    public void AddRange(IEnumerable<Output> items)
    {
        foreach (var output in items)
        {
            outputs.Enqueue(output);
        }
    }

    /// <summary>Every pipeline's Process outputs, sorted by path; only in the PostProcess phase.</summary>
    public IReadOnlyList<Output> ProcessOutputs => Phase == Phase.PostProcess
        ? processOutputs()
        : throw new InvalidOperationException("Process outputs are complete only in the PostProcess phase.");
}
