using System.Collections.Immutable;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading.Readers;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.Loading;

/// <summary>Reads and parses every content file, in parallel; each file is independent at this stage.</summary>
public static class ContentLoader
{
    /// <param name="read">
    /// Reads one file's records in place of <see cref="ReadFile"/>: in preview, a cache that neither reads nor
    /// parses files unchanged since the last build. Passed in, so that loading knows nothing of the caches above it.
    /// </param>
    public static LoadedContent Load(string inputRoot, DiagnosticBag diagnostics, ParallelOptions? parallel = null, Func<InputFile, DiagnosticBag, IReadOnlyList<object>>? read = null)
    {
        var files = InputScanner.Scan(inputRoot, diagnostics);
        var perFile = new IReadOnlyList<object>[files.Count];
        Parallel.For(0, files.Count, parallel ?? new ParallelOptions(), i => perFile[i] = read is null ? [.. ReadFile(files[i], diagnostics)] : read(files[i], diagnostics));

        // Files come sorted from the scanner, so records keep file order whichever thread finished first.
        var ordered = perFile.SelectMany(records => records).ToList();

        return new LoadedContent(
            ordered.OfType<SiteSettings>().FirstOrDefault() is { } settings ? MapOutlinesReader.WithOutlines(settings, inputRoot, diagnostics) : null,
            [.. ordered.OfType<EventTheme>()],
            [.. ordered.OfType<Era>()],
            [.. ordered.OfType<Source>()],
            [.. ordered.OfType<Actor>()],
            [.. ordered.OfType<Event>()],
            [.. ordered.OfType<Figure>()],
            [.. ordered.OfType<Briefing>()],
            [.. ordered.OfType<Explainer>()],
            [.. ordered.OfType<Page>()])
        {
            Corrections = [.. ordered.OfType<Correction>()],
            Style = ordered.OfType<StyleRules>().FirstOrDefault(),
            LanguageRules = [.. ordered.OfType<LanguageRulesFile>()],
            StringsFiles = [.. ordered.OfType<StringsFile>()],
            Files = files,
        };
    }

    public static IEnumerable<object> ReadFile(InputFile file, DiagnosticBag diagnostics)
    {
        string? text = TextFile.Read(file.FullPath, file.Origin, diagnostics);
        return text is null ? [] : Parse(file, text, diagnostics);
    }

    /// <summary>The records in a file's text, already decoded by <see cref="TextFile"/>.</summary>
    public static IEnumerable<object> Parse(InputFile file, string text, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text) && file.Kind != InputKind.Corrections)
        {
            diagnostics.Error(Codes.EmptyFile, file.Origin, "the file is empty; see docs/content-guide.md for the fields it needs");
            return [];
        }

        return file.Kind switch
        {
            InputKind.Briefing or InputKind.Explainer or InputKind.Page => ReadDocument(file, text, diagnostics),
            _ => ReadData(file, text, diagnostics),
        };
    }

    private static IEnumerable<object> ReadData(InputFile file, string text, DiagnosticBag diagnostics)
    {
        if (!YamlReader.TryRead(text, file.Origin, diagnostics, out var root))
        {
            return [];
        }

        switch (file.Kind)
        {
            case InputKind.Themes:
                return ReadList(root, file, diagnostics, "theme", RecordReaders.Theme);
            case InputKind.Eras:
                return ReadList(root, file, diagnostics, "era", RecordReaders.Era);
            case InputKind.Corrections:
                return CorrectionReader.ReadFile(root, file.Origin, diagnostics);
            case InputKind.Style:
                return StyleRules.Read(root, file.Origin, diagnostics) is { } style ? [style] : [];
            case InputKind.Language:
                // Both are read once the site's language is known, over the theme's (LanguageLoader, StringsLoader):
                // <language>.rules.yml holds the language's rules, <language>.yml its strings.
                if (file.Stem.EndsWith(".rules", StringComparison.Ordinal))
                {
                    return [new LanguageRulesFile(file.Stem[..^".rules".Length], root, file.Origin, text)];
                }

                return file.Stem.Contains('.', StringComparison.Ordinal) ? [] : [new StringsFile(file.Stem, root, file.Origin)];
        }

        string what = Kebab.ToKebab(file.Kind.ToString()).Replace('-', ' ');
        var fields = Fields.Of(root, file.Origin, diagnostics, what);
        if (fields is null)
        {
            return [];
        }

        string? id = file.Kind switch
        {
            InputKind.Site => string.Empty,
            InputKind.Event => EventIdFromStem(file, diagnostics),
            _ => IdFromStem(file, diagnostics),
        };
        if (id is null)
        {
            // The fields were never read, so listing them all as unknown would only bury the real error.
            return [];
        }

        object? record = file.Kind switch
        {
            InputKind.Site => RecordReaders.Site(fields),
            InputKind.Source => RecordReaders.Source(fields, id),
            InputKind.Actor => RecordReaders.Actor(fields, id),
            InputKind.Figure => RecordReaders.Figure(fields, id),
            InputKind.Event => RecordReaders.Event(fields, id),
            _ => null,
        };
        fields.Finish();
        if (record is Event e)
        {
            CheckDatePrefix(file, e, diagnostics);
        }

        return record is null ? [] : [record];
    }

    private static IEnumerable<object> ReadDocument(InputFile file, string text, DiagnosticBag diagnostics)
    {
        var split = FrontMatter.Split(text, file.Origin, diagnostics);
        if (split is null)
        {
            return [];
        }

        if (!YamlReader.TryRead(split.Yaml, file.Origin, diagnostics, out var root, FrontMatter.YamlLineOffset))
        {
            return [];
        }

        var fields = Fields.Of(root, file.Origin, diagnostics, "front matter");
        if (fields is null)
        {
            return [];
        }

        var body = new MarkdownText(split.Body, new TextPosition(split.BodyLine, 1));
        string? id = file.Kind == InputKind.Briefing ? EventIdFromStem(file, diagnostics) : IdFromStem(file, diagnostics);
        if (id is null)
        {
            return [];
        }

        object? record = file.Kind switch
        {
            InputKind.Briefing => DocumentReaders.Briefing(fields, id, body),
            InputKind.Explainer => DocumentReaders.Explainer(fields, id, body),
            _ => DocumentReaders.Page(fields, id, body),
        };
        fields.Finish();
        return record is null ? [] : [record];
    }

    private static IEnumerable<object> ReadList<T>(YamlValue? root, InputFile file, DiagnosticBag diagnostics, string what, Func<Fields, T?> read)
        where T : class
    {
        if (root is not YamlList list)
        {
            diagnostics.Error(Codes.WrongType, file.Origin.At(root?.At ?? TextPosition.Start),
                $"{Path.GetFileName(file.FullPath)} should be a list of {what}s, each starting with '- id: ...'");
            return [];
        }

        var records = new List<object>();
        foreach (var item in list.Items)
        {
            if (item is not YamlMap map)
            {
                diagnostics.Error(Codes.WrongType, file.Origin.At(item.At), $"each {what} should be a mapping of fields (id: ..., title: ...), but this one is {item.Describe()}");
                continue;
            }

            var fields = new Fields(map, file.Origin, diagnostics, what);
            if (read(fields) is { } record)
            {
                records.Add(record);
            }

            fields.Finish();
        }

        return records;
    }

    private static string? IdFromStem(InputFile file, DiagnosticBag diagnostics)
    {
        if (Ids.Problem(file.Stem) is { } problem)
        {
            diagnostics.Error(Codes.InvalidId, file.Origin, $"the file name gives the id, and {problem}; rename the file");
            return null;
        }

        return file.Stem;
    }

    /// <summary>Dated files are named <c>&lt;date&gt;-&lt;id&gt;</c>; the id leaves out the date so that correcting a date keeps the permalink.</summary>
    private static string? EventIdFromStem(InputFile file, DiagnosticBag diagnostics)
    {
        var match = Ids.DatedName().Match(file.Stem);
        if (!match.Success)
        {
            diagnostics.Error(Codes.InvalidId, file.Origin,
                $"the file name should be the date then the id, such as 2020-01-03-{Ids.Slugify(file.Stem)}.yml");
            return null;
        }

        string id = match.Groups[2].Value;
        if (Ids.Problem(id) is { } problem)
        {
            diagnostics.Error(Codes.InvalidId, file.Origin, $"the file name gives the id, and {problem}; rename the file");
            return null;
        }

        return id;
    }

    private static void CheckDatePrefix(InputFile file, Event e, DiagnosticBag diagnostics)
    {
        string prefix = Ids.DatedName().Match(file.Stem).Groups[1].Value;
        string anchor = Content.Dates.EdtfFormatter.MachineReadable(e.Date);
        string written = e.Date.Anchor.Text.TrimEnd('?', '~', '%');
        if (!anchor.StartsWith(prefix, StringComparison.Ordinal) && !written.StartsWith(prefix, StringComparison.Ordinal))
        {
            diagnostics.Warning(Codes.FileNameDate, file.Origin,
                $"the file name starts with {prefix} but the event's date is {e.Date.Text}; rename the file to {anchor}-{e.Id}.yml");
        }
    }
}
