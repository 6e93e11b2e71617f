namespace MotCua.Domain.OpenData;

/// <summary>
/// A licence an office may publish its statistics under (<c>license:</c> in unit.yaml, by its SPDX id), as a
/// Frictionless data package and schema.org name it: id, title and the licence's own page.
/// </summary>
public sealed record OpenLicense(string Name, string Title, string Path)
{
    /// <summary>The default: anyone may reuse the figures, naming the office.</summary>
    public static readonly OpenLicense Default = new("CC-BY-4.0", "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/");

    /// <summary>The open licences an office can choose, by SPDX id.</summary>
    public static IReadOnlyList<OpenLicense> All { get; } =
    [
        Default,
        new("CC-BY-SA-4.0", "Creative Commons Attribution Share-Alike 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
        new("CC0-1.0", "Creative Commons Zero v1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/"),
        new("ODC-By-1.0", "Open Data Commons Attribution License v1.0", "https://opendatacommons.org/licenses/by/1-0/"),
        new("ODbL-1.0", "Open Data Commons Open Database License v1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
        new("PDDL-1.0", "Open Data Commons Public Domain Dedication & License 1.0", "https://opendatacommons.org/licenses/pddl/1-0/"),
    ];

    /// <summary>The licence of an SPDX id (case as written in the list), or null.</summary>
    public static OpenLicense? Find(string? name) => All.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.Ordinal));
}
