using MotCua.Domain.Codes;

namespace MotCua.Domain.Scans;

/// <summary>What a row of the <c>scans</c> table records.</summary>
public enum ScanEvent
{
    /// <summary>A printed QR code scanned: <c>GET /s/{code}</c>.</summary>
    Scan,

    /// <summary>A click on a sheet's "Nộp hồ sơ trực tuyến" link: <c>GET /go/{code}</c>.</summary>
    Portal,
}

/// <summary>The stored spellings of scan enums.</summary>
public static class ScanNames
{
    public static string Name(this ScanEvent scanEvent) => scanEvent == ScanEvent.Portal ? "portal" : "scan";

    public static string Name(this CodeKind kind) => kind switch
    {
        CodeKind.Board => "board",
        CodeKind.Counter => "counter",
        _ => "procedure",
    };
}
