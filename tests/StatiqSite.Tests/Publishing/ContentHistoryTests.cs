using StatiqSite.Publishing;

namespace StatiqSite.Tests.Publishing;

/// <summary>Preview keeps the git history between rebuilds until HEAD moves.</summary>
public sealed class ContentHistoryTests : IDisposable
{
    private readonly DirectoryInfo repository = Directory.CreateTempSubdirectory("statiqsite-history-");

    private string Input => Path.Combine(repository.FullName, "input");

    private string Page => Path.Combine(Input, "pages", "about.md");

    public void Dispose() => repository.Delete(recursive: true);

    [Fact]
    public async Task A_kept_history_is_given_back_until_a_commit_and_read_again_after_it()
    {
        Commit("2021-02-03T12:00:00+00:00", "first", init: true);
        var kept = new ContentHistory.Kept();

        var first = await ContentHistory.LoadAsync(Input, CancellationToken.None, kept);
        Assert.Equal(new DateOnly(2021, 2, 3), first.LastChanged(Page));

        // An edit that is not committed does not change the history.
        File.AppendAllText(Page, "More.\n");
        Assert.Same(first, await ContentHistory.LoadAsync(Input, CancellationToken.None, kept));

        Commit("2022-05-06T12:00:00+00:00", "second");
        var second = await ContentHistory.LoadAsync(Input, CancellationToken.None, kept);
        Assert.NotSame(first, second);
        Assert.Equal(new DateOnly(2022, 5, 6), second.LastChanged(Page));

        // A reset moves HEAD back, and the history with it.
        WorkflowTests.Git(repository.FullName, "2022-05-06T12:00:00+00:00", "reset", "-q", "--hard", "HEAD~1");
        Assert.Equal(new DateOnly(2021, 2, 3), (await ContentHistory.LoadAsync(Input, CancellationToken.None, kept)).LastChanged(Page));
    }

    [Fact]
    public async Task Without_a_reflog_every_load_asks_git()
    {
        Commit("2021-02-03T12:00:00+00:00", "first", init: true, reflog: false);
        Assert.False(File.Exists(Path.Combine(repository.FullName, ".git", "logs", "HEAD")));
        var kept = new ContentHistory.Kept();

        var first = await ContentHistory.LoadAsync(Input, CancellationToken.None, kept);
        Assert.Equal(new DateOnly(2021, 2, 3), first.LastChanged(Page));
        Assert.NotSame(first, await ContentHistory.LoadAsync(Input, CancellationToken.None, kept));
    }

    [Fact]
    public async Task Outside_a_repository_the_history_is_empty_and_nothing_is_kept()
    {
        Directory.CreateDirectory(Input);
        var kept = new ContentHistory.Kept();
        var history = await ContentHistory.LoadAsync(Input, CancellationToken.None, kept);
        Assert.Null(history.RepositoryRoot);
        Assert.Equal(0, history.Count);
    }

    private void Commit(string date, string message, bool init = false, bool reflog = true)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Page)!);
        File.AppendAllText(Page, $"{message}\n");
        string[] config = reflog ? [] : ["-c", "core.logAllRefUpdates=false"];
        if (init)
        {
            WorkflowTests.Git(repository.FullName, date, [.. config, "init", "-q"]);
        }

        WorkflowTests.Git(repository.FullName, date, [.. config, "add", "-A"]);
        WorkflowTests.Git(repository.FullName, date, [.. config, "commit", "-q", "-m", message]);
    }
}
