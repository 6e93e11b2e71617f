using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MotCua.Infra.Tests;

/// <summary>
/// A compiled ARM template (main.json, or a module nested in it) as Azure receives it. Resolves what the
/// tests need of ARM expressions: <c>parameters('x')</c> (a module's argument, else the default) and
/// <c>variables('x')</c>, including members of an object variable such as <c>variables('roles').x</c>.
/// </summary>
internal sealed partial class ArmTemplate
{
    private readonly JsonObject _template;
    private readonly JsonObject? _arguments;
    private readonly ArmTemplate? _parent;

    private ArmTemplate(JsonObject template, JsonObject? arguments, ArmTemplate? parent)
    {
        _template = template;
        _arguments = arguments;
        _parent = parent;
    }

    public static ArmTemplate Compiled(CompiledTemplates compiled) =>
        new((JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(compiled.OutputDirectory, "main.json")))!, null, null);

    /// <summary>Every resource declared here (not <c>existing</c>), whatever the template's layout.</summary>
    public IReadOnlyList<JsonObject> Resources => [.. (_template["resources"] switch
    {
        JsonArray array => array.OfType<JsonObject>(),
        JsonObject byName => byName.Select(p => p.Value).OfType<JsonObject>(),
        _ => [],
    }).Where(r => r["existing"]?.GetValue<bool>() != true)];

    public IEnumerable<JsonObject> All(string type) => Resources.Where(r => Text(r, "type") == type);

    public JsonObject Single(string type) => Assert.Single(All(type));

    /// <summary>The module deployed as <paramref name="name"/>, with the arguments this template passes it.</summary>
    public ArmTemplate Module(string name)
    {
        var deployment = Assert.Single(All("Microsoft.Resources/deployments"), d => Text(d, "name") == name);
        return new ArmTemplate((JsonObject)deployment["properties"]!["template"]!, (JsonObject?)deployment["properties"]!["parameters"], this);
    }

    public JsonObject Deployment(string name) => Assert.Single(All("Microsoft.Resources/deployments"), d => Text(d, "name") == name);

    /// <summary>The value of a parameter: what the parent passes, else its default.</summary>
    public JsonNode? Parameter(string name)
    {
        if (_arguments?[name] is JsonObject argument)
        {
            return _parent!.Resolve(argument["value"]);
        }

        return Resolve(_template["parameters"]?[name]?["defaultValue"]);
    }

    /// <summary>The value of a variable, its parameters and variables resolved where it is one of them.</summary>
    public JsonNode? Variable(string name) => Resolve(_template["variables"]?[name]);

    public JsonObject ParameterDeclaration(string name) => Assert.IsType<JsonObject>(_template["parameters"]?[name]);

    /// <summary>A literal as is; a whole <c>parameters(..)</c> or <c>variables(..)</c> expression resolved; else the expression.</summary>
    public JsonNode? Resolve(JsonNode? node)
    {
        if (node is not JsonValue value || !value.TryGetValue<string>(out var text))
        {
            return node;
        }

        var match = WholeReference().Match(text);
        if (!match.Success)
        {
            return node;
        }

        var kind = match.Groups["kind"].Value;
        var name = match.Groups["name"].Value;
        var resolved = kind == "parameters" ? Parameter(name) : Variable(name);
        foreach (Capture member in match.Groups["member"].Captures)
        {
            resolved = resolved?[member.Value];
        }

        return resolved;
    }

    /// <summary><paramref name="expression"/> with every <c>variables('x')</c> or <c>variables('x').y</c> that is a string written out.</summary>
    public string Expand(string expression) => VariableReference().Replace(expression, m =>
        Resolve(JsonValue.Create($"[{m.Value}]")) is JsonValue v && v.TryGetValue<string>(out var s) ? s : m.Value);

    public static string? Text(JsonNode? node, string key) =>
        node?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    [GeneratedRegex(@"^\[(?<kind>parameters|variables)\('(?<name>\w+)'\)(\.(?<member>\w+))*\]$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WholeReference();

    [GeneratedRegex(@"variables\('\w+'\)(\.\w+)*", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VariableReference();
}
