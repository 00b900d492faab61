using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using StatiqSite.Publishing;
using StatiqSite.Tests.Support;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Tests.Distribution;

/// <summary>
/// The packed tool and the <c>dotnet new briefing-site</c> template, used as a newsroom would use them
/// (<see cref="PackedDistribution"/>): a created site checks clean and builds with the installed tool.
/// </summary>
public sealed class DistributionTests(PackedDistribution packed, ITestOutputHelper output) : IClassFixture<PackedDistribution>
{
    [Fact]
    public void The_template_site_builds_with_the_installed_tool_into_its_title_event_pages_and_timeline()
    {
        output.WriteLine($"packing, installing and creating took {packed.SetUpSeconds:F1} s");
        var result = packed.Tool("build");
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        string site = Path.Combine(packed.Site, "output");

        var home = Html.Load(site, "index.html");
        Assert.StartsWith(PackedDistribution.Title, home.Title, StringComparison.Ordinal);

        var events = EventFiles();
        Assert.True(events.Count >= 2, "the template has two events");
        var timeline = Html.Load(site, "timeline/index.html");
        foreach (var (id, title) in events)
        {
            var page = Html.Load(site, $"events/{id}/index.html");
            Assert.Equal(title, page.QuerySelector("h1")?.TextContent.Trim());
            Assert.NotNull(timeline.GetElementById("event-" + id));
        }

        // What the theme writes by default must not carry the first site's topic into a new one.
        var named = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal))
            .SelectMany(f => TopicWords.In(System.Net.WebUtility.HtmlDecode(File.ReadAllText(f))).Select(w => $"{Path.GetRelativePath(site, f)}: {w}"))
            .ToList();
        Assert.Empty(named);
    }

    [Fact]
    public void The_template_site_passes_check_with_no_problems_and_new_writes_into_it()
    {
        var check = packed.Tool("check");
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
        Assert.Equal(string.Empty, check.Stderr);
        Assert.Contains("(0 warnings)", check.Stdout, StringComparison.Ordinal);

        var created = packed.Tool("new", "actor", "Example Harbor Master");
        Assert.True(created.ExitCode == 0, created.Stdout + created.Stderr);
        string actor = Path.Combine(packed.Site, "input", "actors", "example-harbor-master.yml");
        Assert.True(File.Exists(actor), created.Stdout);
        File.Delete(actor);
    }

    [Fact]
    public void The_sites_ci_workflow_restores_the_pinned_tool_from_its_own_nuget_config_and_builds()
    {
        // As on a CI runner: the tool's package where the site's nuget.config looks, then each step's command.
        foreach (string package in packed.ToolPackages)
        {
            File.Copy(package, Path.Combine(Directory.CreateDirectory(Path.Combine(packed.Site, "packages")).FullName, Path.GetFileName(package)), overwrite: true);
        }

        var commands = WorkflowCommands();
        Assert.Contains(commands, c => c.SequenceEqual(["dotnet", "tool", "restore"]));
        Assert.Contains(commands, c => c.Contains("build"));
        foreach (var command in commands)
        {
            var result = CliRunner.RunCommand(command[0], packed.Site, packed.Environment, command[1..]);
            Assert.True(result.ExitCode == 0, $"{string.Join(' ', command)} exited with {result.ExitCode}:\n{result.Stdout}\n{result.Stderr}");
        }

        // The manifest pinned the packed version: the tool that ran is the one packed.
        var version = packed.Dotnet(packed.Site, "tool", "run", "statiqsite", "--", "--version");
        Assert.StartsWith(packed.Version + "+", version.Stdout.Trim() + "+", StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(packed.Site, "output", "index.html")));
    }

    [Fact]
    public void The_templates_title_and_language_parameters_reach_site_yml_as_written()
    {
        // Characters YAML treats specially, and a script other than Latin, come out as typed.
        const string language = "ar";
        const string title = "Nile \"Delta\": O'Brien's \\ # 2024 مثال";
        string site = packed.Site + "-" + language;
        packed.Dotnet(Path.GetDirectoryName(site)!, "new", "briefing-site", "--debug:custom-hive", packed.Hive, "-o", site, "--title", title, "--site-language", language);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(site, "input", "site.yml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal(title, ((YamlScalarNode)root.Children[new YamlScalarNode("title")]).Value);
        Assert.Equal(language, ((YamlScalarNode)root.Children[new YamlScalarNode("language")]).Value);
        Assert.StartsWith("# " + title + "\n", File.ReadAllText(Path.Combine(site, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_package_carries_the_theme_files_it_reads_beside_the_program()
    {
        using var package = ZipFile.OpenRead(packed.FallbackPackage);
        var entries = package.Entries.Select(e => e.FullName).ToList();
        string program = entries.Single(e => e.EndsWith("/statiqsite.dll", StringComparison.Ordinal));
        string toolFolder = program[..(program.Length - "statiqsite.dll".Length)];
        foreach (string asset in Directory.EnumerateFiles(Repo.Assets, "*", SearchOption.AllDirectories))
        {
            Assert.Contains(toolFolder + "theme-assets/" + Path.GetRelativePath(Repo.Assets, asset).Replace('\\', '/'), entries);
        }

        // The theme's language files, wherever the generator keeps them: as files beside the program, or
        // as resources of one of its assemblies.
        string i18n = Path.Combine(Repo.Root, "theme", "i18n");
        if (Directory.Exists(i18n))
        {
            var resources = package.Entries.Where(e => e.FullName.StartsWith(toolFolder, StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal))
                .SelectMany(ResourceNames).ToList();
            foreach (string file in Directory.EnumerateFiles(i18n, "*", SearchOption.AllDirectories).Select(f => Path.GetFileName(f)))
            {
                Assert.True(
                    entries.Any(e => e.StartsWith(toolFolder, StringComparison.Ordinal) && e.EndsWith("/" + file, StringComparison.Ordinal)) || resources.Any(r => r.EndsWith(file, StringComparison.Ordinal)),
                    $"theme/i18n's {file} is neither beside the program nor a resource of its assemblies in the tool package");
            }
        }
    }

    [Fact]
    public void The_top_level_package_sends_linux_x64_to_the_native_package_and_every_other_machine_to_the_framework_dependent_one()
    {
        var (topLevel, topLevelFiles) = ToolSettings(packed.TopLevelPackage);
        Assert.Equal(
            [("linux-x64", "StatiqSite.linux-x64"), ("any", "StatiqSite.any")],
            topLevel.Descendants("RuntimeIdentifierPackage").Select(p => ((string?)p.Attribute("RuntimeIdentifier"), (string?)p.Attribute("Id"))));
        Assert.DoesNotContain(topLevelFiles, f => f.EndsWith(".dll", StringComparison.Ordinal));

        var (fallback, fallbackFiles) = ToolSettings(packed.FallbackPackage);
        var command = fallback.Descendants("Command").Single();
        Assert.Equal(("statiqsite", "statiqsite.dll", "dotnet"), ((string?)command.Attribute("Name"), (string?)command.Attribute("EntryPoint"), (string?)command.Attribute("Runner")));
        Assert.DoesNotContain(fallbackFiles, f => f.EndsWith(".pdb", StringComparison.Ordinal) && f.Contains("/statiqsite.", StringComparison.Ordinal));
    }

    [Fact]
    public void Neither_the_template_nor_the_scaffolds_name_the_real_sites_topic()
    {
        string template = Path.Combine(Repo.Root, "src", "StatiqSite.Templates", "content");
        foreach (string file in Directory.EnumerateFiles(template, "*", SearchOption.AllDirectories))
        {
            Assert.True(TopicWords.In(File.ReadAllText(file)) is [], $"{file} names {string.Join(", ", TopicWords.In(File.ReadAllText(file)))}");
        }

        foreach (var kind in Enum.GetValues<ScaffoldKind>())
        {
            var (scaffold, _) = Scaffold.Create(kind, "A title", "2024-01-02", new DateOnly(2024, 1, 2));
            Assert.Empty(TopicWords.In(scaffold!.Text));
        }
    }

    private IReadOnlyList<(string Id, string Title)> EventFiles() =>
        Directory.GetFiles(Path.Combine(packed.Site, "input", "events"), "*.yml").Order(StringComparer.Ordinal).Select(path =>
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(path)));
            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            string id = StatiqSite.Loading.Readers.Ids.DatedName().Match(Path.GetFileNameWithoutExtension(path)).Groups[2].Value;
            return (id, ((YamlScalarNode)root.Children[new YamlScalarNode("title")]).Value!);
        }).ToList();

    /// <summary>The <c>run:</c> steps of the site's workflow, each a plain command line (no shell syntax, so it runs anywhere).</summary>
    private List<string[]> WorkflowCommands()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(packed.Site, ".github", "workflows", "site.yml"))));
        return yaml.Documents[0].RootNode.AllNodes.OfType<YamlMappingNode>()
            .SelectMany(step => step.Children.Where(c => c.Key is YamlScalarNode { Value: "run" }).Select(c => ((YamlScalarNode)c.Value).Value!.Trim()))
            .Select(line =>
            {
                Assert.True(line.IndexOfAny(['\n', '|', '&', ';', '$', '>', '<', '"', '\'']) < 0, $"the step '{line}' needs a shell; keep the template's steps plain commands");
                return line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            })
            .ToList();
    }

    /// <summary>A tool package's DotnetToolSettings.xml, and the names of all its files.</summary>
    private static (XElement Settings, IReadOnlyList<string> Files) ToolSettings(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        using var settings = zip.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open();
        return (XElement.Load(settings), zip.Entries.Select(e => e.FullName).ToList());
    }

    private static IEnumerable<string> ResourceNames(ZipArchiveEntry assembly)
    {
        using var bytes = new MemoryStream();
        using (var stream = assembly.Open())
        {
            stream.CopyTo(bytes);
        }

        bytes.Position = 0;
        using var reader = new PEReader(bytes);
        var metadata = reader.GetMetadataReader();
        return metadata.ManifestResources.Select(h => metadata.GetString(metadata.GetManifestResource(h).Name)).ToList();
    }
}
