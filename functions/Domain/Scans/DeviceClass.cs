namespace MotCua.Domain.Scans;

/// <summary>The kind of screen a scan came from, as the statistics show it.</summary>
public enum DeviceClass
{
    /// <summary>A phone: almost every citizen who scans a board.</summary>
    Mobile,

    /// <summary>A tablet (Android without "Mobile", iPad with an iPad user agent).</summary>
    Tablet,

    /// <summary>Anything else: a computer, a kiosk, an unknown client.</summary>
    Desktop,
}

/// <summary>The stored spelling of a <see cref="DeviceClass"/>.</summary>
public static class DeviceClassNames
{
    public static string Name(this DeviceClass device) => device switch
    {
        DeviceClass.Mobile => "mobile",
        DeviceClass.Tablet => "tablet",
        _ => "desktop",
    };
}
