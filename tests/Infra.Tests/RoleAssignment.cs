using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MotCua.Infra.Tests;

/// <summary>One role assignment of the compiled templates: where it is declared, which role, on what, under which condition.</summary>
internal sealed partial record RoleAssignment(string Module, string RoleId, string Scope, string PrincipalId, string? Condition, bool PerCopy)
{
    /// <summary>Every role assignment of every module main.bicep deploys.</summary>
    public static IReadOnlyList<RoleAssignment> All(ArmTemplate main) =>
    [
        .. main.All("Microsoft.Resources/deployments")
            .Select(d => ArmTemplate.Text(d, "name")!)
            .SelectMany(name => Of(name, main.Module(name))),
    ];

    private static IEnumerable<RoleAssignment> Of(string module, ArmTemplate template) =>
        template.All("Microsoft.Authorization/roleAssignments").Select(r =>
        {
            var properties = (JsonObject)r["properties"]!;
            var role = RoleGuid().Match(template.Expand(ArmTemplate.Text(properties, "roleDefinitionId")!));
            Assert.True(role.Success, $"{module}: role definition not resolved: {properties["roleDefinitionId"]}");
            var condition = ArmTemplate.Text(properties, "condition");
            return new RoleAssignment(
                module,
                role.Value,
                ArmTemplate.Text(r, "scope") ?? "",
                ArmTemplate.Text(properties, "principalId") ?? "",
                condition is null ? null : template.Expand(condition),
                r["copy"] is not null);
        });

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RoleGuid();
}
