namespace MotCua.Stats.Rollups;

/// <summary>
/// Daily rollup of one short code in one unit on one Vietnam-local day. Citizen figures
/// (<see cref="Scans"/>, <see cref="PortalClicks"/>) leave bots out; bots are counted apart.
/// </summary>
public sealed record CodeDay(string Unit, DateOnly Date, string Code)
{
    /// <summary>"procedure", "board" or "counter", as the scan recorded it.</summary>
    public string Kind { get; init; } = "";

    public string Target { get; init; } = "";

    public string Placement { get; init; } = "";

    /// <summary>Scans by people (bots left out).</summary>
    public long Scans { get; init; }

    public long BotScans { get; init; }

    /// <summary>Clicks on the procedure's online-filing link by people (bots left out).</summary>
    public long PortalClicks { get; init; }

    public long BotPortalClicks { get; init; }

    public static CodeDay Of(ScanFact scan) => new(scan.Unit, scan.Date, scan.Code)
    {
        Kind = scan.Kind,
        Target = scan.Target,
        Placement = scan.Placement,
        Scans = !scan.IsPortal && !scan.IsBot ? 1 : 0,
        BotScans = !scan.IsPortal && scan.IsBot ? 1 : 0,
        PortalClicks = scan.IsPortal && !scan.IsBot ? 1 : 0,
        BotPortalClicks = scan.IsPortal && scan.IsBot ? 1 : 0,
    };

    /// <summary>The sum of two rollups of the same key; the descriptive fields of the newer one win when it has them.</summary>
    public CodeDay Plus(CodeDay newer) => this with
    {
        Kind = Prefer(newer.Kind, Kind),
        Target = Prefer(newer.Target, Target),
        Placement = Prefer(newer.Placement, Placement),
        Scans = Scans + newer.Scans,
        BotScans = BotScans + newer.BotScans,
        PortalClicks = PortalClicks + newer.PortalClicks,
        BotPortalClicks = BotPortalClicks + newer.BotPortalClicks,
    };

    private static string Prefer(string newer, string older) => newer.Length > 0 ? newer : older;
}
