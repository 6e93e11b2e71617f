using System.ComponentModel.DataAnnotations;

namespace MotCua.Handler.Site;

/// <summary>The public site the functions answer for (configuration section <c>Site</c>).</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>Public host name printed in QR codes, e.g. <c>QR.CAOBANG.GOV.VN</c>; upper case keeps QR codes small.</summary>
    [Required]
    [RegularExpression(@"^[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?$", ErrorMessage = "Site:Host must be a bare host name, like QR.CAOBANG.GOV.VN")]
    public string Host { get; set; } = "QR.EXAMPLE.VN";

    /// <summary>How long a cached page is trusted before it is revalidated (by ETag, in the background).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RevalidateAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the first fetch of a page may take before the citizen gets a fallback.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:30")]
    public TimeSpan FirstFetchBudget { get; set; } = TimeSpan.FromSeconds(2);
}
