namespace StatiqSite.Engine;

/// <summary>
/// A named unit of work, in Statiq's shape: it declares the pipelines it depends on and its work per
/// phase. Input phases all run at once; a Process phase runs once its dependencies' Process phases
/// are done; every PostProcess phase runs after all Process phases and sees all their outputs; the
/// engine writes the outputs. A pipeline hands typed results to its dependents through its own
/// properties, read with <see cref="PipelineContext.Get{T}"/>.
/// </summary>
public abstract class Pipeline
{
    public virtual string Name => GetType().Name.EndsWith("Pipeline", StringComparison.Ordinal)
        ? GetType().Name[..^"Pipeline".Length]
        : GetType().Name;

    public virtual IReadOnlyList<Type> Dependencies => [];

    public virtual Task InputAsync(PipelineContext context) => Task.CompletedTask;

    public virtual Task ProcessAsync(PipelineContext context) => Task.CompletedTask;

    public virtual Task PostProcessAsync(PipelineContext context) => Task.CompletedTask;
}

public enum Phase
{
    Input,
    Process,
    PostProcess,
}
