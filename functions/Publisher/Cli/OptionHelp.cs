namespace MotCua.Publisher.Cli;

/// <summary>
/// What each option means, for `publisher VERB --help`. One glossary for all verbs, because an option keeps its
/// meaning from verb to verb (--out is always the output folder).
/// </summary>
internal static class OptionHelp
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["--out"] = "output folder",
        ["--host"] = "public host name printed in QR codes (else $SITE_HOST)",
        ["--connection"] = "storage connection string (default: the local emulator, UseDevelopmentStorage=true)",
        ["--account-url"] = "https URL of the storage account, signed in with Entra ID (CI); no key needed",
        ["--container"] = "blob container to publish to (default: $web)",
        ["--dry-run"] = "print what would be uploaded and deleted; write nothing",
        ["--placement"] = "where the new printed copies hang, e.g. \"Bảng niêm yết tầng 1\"",
        ["--published"] = "the last published /_data/codes.json: every code in it must still be in codes.yaml",
        ["--safety-lag"] = "seconds to leave uncounted at the end, for records still being written (0-3600)",
        ["--unit"] = "the unit's folder under site/units, e.g. tp-cao-bang",
        ["--field"] = "the field's folder in that unit, e.g. ho-tich",
        ["--port"] = "port on 127.0.0.1 (default 1313; 0 picks a free one)",
        ["--repo"] = "repository root",
        ["--publish-dir"] = "an existing `dotnet publish` output to package",
    };

    private static readonly Dictionary<string, string> ArgumentDescriptions = new(StringComparer.Ordinal)
    {
        ["SITE_DIR"] = "the editors' folder, e.g. site",
        ["TITLE"] = "the procedure's name in Vietnamese, e.g. \"Đăng ký khai sinh\"",
        ["FILE"] = "the procedure list (.xlsx or .csv) or procedure documents (.docx, or a folder of them) from the national database",
    };

    public static string? ForOption(string name) => Descriptions.GetValueOrDefault(name);

    public static string? ForArgument(string name) => ArgumentDescriptions.GetValueOrDefault(name);
}
