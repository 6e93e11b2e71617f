using MotCua.TestSupport;
using YamlDotNet.RepresentationModel;

namespace MotCua.Infra.Tests;

/// <summary>.github/workflows/deploy.yml parsed as YAML: jobs, their permissions and steps.</summary>
internal sealed class DeployWorkflow
{
    private DeployWorkflow(string text, YamlMappingNode root)
    {
        Text = text;
        Root = root;
    }

    public string Text { get; }

    public YamlMappingNode Root { get; }

    public static DeployWorkflow Load()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "workflows", "deploy.yml"));
        var stream = new YamlStream();
        using (var reader = new StringReader(text))
        {
            stream.Load(reader);
        }

        return new DeployWorkflow(text, (YamlMappingNode)Assert.Single(stream.Documents).RootNode);
    }

    public YamlMappingNode Job(string name) => (YamlMappingNode)Map(Root, "jobs")[name];

    public IReadOnlyDictionary<string, YamlMappingNode> Jobs =>
        Map(Root, "jobs").Children.ToDictionary(p => p.Key.ToString(), p => (YamlMappingNode)p.Value, StringComparer.Ordinal);

    /// <summary>The jobs <paramref name="job"/> waits for (`needs:` as one name or a list).</summary>
    public static IReadOnlyList<string> Needs(YamlMappingNode job) =>
        job.Children.TryGetValue(new YamlScalarNode("needs"), out var needs)
            ? needs is YamlSequenceNode list ? [.. list.Children.Select(n => n.ToString())] : [needs.ToString()]
            : [];

    public static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    public static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    public static IReadOnlyList<YamlMappingNode> Steps(YamlMappingNode job) =>
        [.. ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>()];

    /// <summary>Every `run:` script of the job, joined.</summary>
    public static string Scripts(YamlMappingNode job) =>
        string.Join('\n', Steps(job).Select(s => Scalar(s, "run")).Where(r => r is not null));

    public static IEnumerable<string> Uses(YamlMappingNode job) =>
        Steps(job).Select(s => Scalar(s, "uses")).OfType<string>();
}
