namespace MotCua.Domain.Slips;

/// <summary>One print run of slips for one office: when, which batch, and the id of every slip in it.</summary>
public sealed record SlipBatch(string Unit, string UnitName, DateOnly Printed, string Batch, IReadOnlyList<string> Ids)
{
    /// <summary>Characters of a batch's id (the code alphabet): enough to tell an office's runs apart.</summary>
    public const int BatchLength = 6;

    /// <summary>Slips one run may print: 100 sheets of the default layout.</summary>
    public const int MaxCount = 2400;

    /// <summary>A new batch of <paramref name="count"/> slips with fresh random ids.</summary>
    public static SlipBatch Create(string unit, string unitName, DateOnly printed, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCount);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (ids.Count < count)
        {
            ids.Add(SlipId.New());
        }

        return new SlipBatch(unit, unitName, printed, SlipId.New()[..BatchLength], [.. ids]);
    }

    /// <summary>The printed file's name: <c>phieu-yyyyMMdd-batch.html</c>.</summary>
    public string FileName => $"phieu-{Printed.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}-{Batch.ToLowerInvariant()}.html";
}
