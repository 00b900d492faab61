using StatiqSite.Engine;
using StatiqSite.Review;
using StatiqSite.Tests.Publishing;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Review;

/// <summary>The fixture site in a git repository of its own, made by the test: commit, then change the working tree and diff.</summary>
public sealed class DiffRepository : IDisposable
{
    public DiffRepository()
    {
        Root = Path.GetDirectoryName(Site.Input)!;
        WorkflowTests.Git(Root, "2021-02-03T12:00:00+00:00", "init", "-q", "-b", "main");
    }

    public FixtureSite Site { get; } = new();

    public string Root { get; }

    public void Commit(string message, string date = "2021-02-03T12:00:00+00:00")
    {
        WorkflowTests.Git(Root, date, "add", "-A");
        WorkflowTests.Git(Root, date, "commit", "-q", "--allow-empty", "-m", message);
    }

    public void Git(params string[] args) => WorkflowTests.Git(Root, "2021-02-03T12:00:00+00:00", args);

    public string Status() => Run("status", "--porcelain");

    public string Worktrees() => Run("worktree", "list", "--porcelain");

    public Task<DiffOutcome> DiffAsync(string? baseRevision = "HEAD") =>
        ContentDiff.RunAsync(new DiffRequest { InputPath = Site.Input, BaseRevision = baseRevision, AssetsPath = Repo.Assets }, Log.Silent);

    private string Run(params string[] args)
    {
        var result = StatiqSite.Publishing.Git.RunAsync(Root, CancellationToken.None, args).GetAwaiter().GetResult();
        Assert.True(result.Ok, result.Error);
        return result.Output;
    }

    public void Dispose() => Site.Dispose();
}
