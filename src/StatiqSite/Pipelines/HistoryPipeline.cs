using StatiqSite.Engine;
using StatiqSite.Publishing;

namespace StatiqSite.Pipelines;

/// <summary>Reads when each content file last changed, from git, while the content is being read; in preview, only after HEAD moved.</summary>
public sealed class HistoryPipeline : Pipeline
{
    public ContentHistory History { get; private set; } = ContentHistory.Empty;

    public override async Task InputAsync(PipelineContext context)
    {
        History = await ContentHistory.LoadAsync(context.Options.InputPath, context.Cancellation, context.Session?.Cache<ContentHistory.Kept>());
        context.Log.Verbose($"git history: {History.Count} content files with a last commit");
    }
}
