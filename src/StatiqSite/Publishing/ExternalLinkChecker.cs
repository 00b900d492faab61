using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatiqSite.Publishing;

/// <summary>What an external URL answered: a status code, or why it could not be fetched.</summary>
public sealed record ExternalResult(int? Status, string? Error, DateTimeOffset CheckedAt)
{
    public bool Ok => Status is >= 200 and < 400;

    public string Describe() => Status is { } s ? $"answered HTTP {s}" : $"could not be fetched ({Error})";
}

/// <summary>
/// Fetches external links for <c>--check-external</c>: a few at a time, each with a time limit, and
/// remembering good answers on disk so that a rebuild does not ask the same servers again. Failures are
/// always asked again, since they are often passing.
/// </summary>
public sealed class ExternalLinkChecker(HttpClient http, string cachePath, TimeProvider clock)
{
    public int Concurrency { get; init; } = 4;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a good answer is trusted before the URL is fetched again.</summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromDays(7);

    public async Task<IReadOnlyDictionary<string, ExternalResult>> CheckAsync(IEnumerable<string> urls, CancellationToken token)
    {
        var cache = Load();
        var now = clock.GetUtcNow();
        var results = new ConcurrentDictionary<string, ExternalResult>(StringComparer.Ordinal);
        var toFetch = new List<string>();
        foreach (string url in urls.Distinct(StringComparer.Ordinal))
        {
            if (cache.TryGetValue(url, out var known) && known.Ok && now - known.CheckedAt < MaxAge)
            {
                results[url] = known;
            }
            else
            {
                toFetch.Add(url);
            }
        }

        await Parallel.ForEachAsync(toFetch, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = token }, async (url, ct) =>
        {
            results[url] = await FetchAsync(url, ct);
        });

        foreach (var (url, result) in results)
        {
            cache[url] = result;
        }

        Save(cache);
        return results.OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
    }

    private async Task<ExternalResult> FetchAsync(string url, CancellationToken token)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(token);
        limit.CancelAfter(Timeout);
        try
        {
            using var head = new HttpRequestMessage(HttpMethod.Head, url);
            using var response = await http.SendAsync(head, HttpCompletionOption.ResponseHeadersRead, limit.Token);

            // Some servers refuse HEAD but serve GET; ask again before calling the link broken.
            if (response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotImplemented or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
            {
                using var get = new HttpRequestMessage(HttpMethod.Get, url);
                using var second = await http.SendAsync(get, HttpCompletionOption.ResponseHeadersRead, limit.Token);
                return new ExternalResult((int)second.StatusCode, null, clock.GetUtcNow());
            }

            return new ExternalResult((int)response.StatusCode, null, clock.GetUtcNow());
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            return new ExternalResult(null, $"no answer within {Timeout.TotalSeconds:0.###} s", clock.GetUtcNow());
        }
        catch (HttpRequestException e)
        {
            return new ExternalResult(null, e.InnerException is RefusedAddressException refused ? refused.Message : e.HttpRequestError.ToString(), clock.GetUtcNow());
        }
        catch (InvalidOperationException e)
        {
            return new ExternalResult(null, e.Message, clock.GetUtcNow());
        }
    }

    private Dictionary<string, ExternalResult> Load()
    {
        try
        {
            return File.Exists(cachePath)
                ? JsonSerializer.Deserialize(File.ReadAllText(cachePath), ExternalCacheJson.Default.DictionaryStringExternalResult) ?? []
                : [];
        }
        catch (JsonException)
        {
            // A damaged cache only costs a refetch.
            return [];
        }
    }

    private void Save(Dictionary<string, ExternalResult> cache)
    {
        var sorted = cache.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        try
        {
            Engine.OutputWriter.Replace(Path.GetFullPath(cachePath), JsonSerializer.SerializeToUtf8Bytes(sorted, ExternalCacheJson.Default.DictionaryStringExternalResult));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be saved only costs a refetch next time; the site itself is written elsewhere.
        }
    }
}

/// <summary>
/// The cache file's serializer, generated at compile time so that the native executable needs no reflection
/// over <see cref="ExternalResult"/> (reflection-based JSON is not available after trimming).
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(Dictionary<string, ExternalResult>))]
internal sealed partial class ExternalCacheJson : JsonSerializerContext;
