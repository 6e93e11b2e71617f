namespace MotCua.Domain.Sheets;

/// <summary>The keys of <c>unit.yaml</c>.</summary>
public static class UnitKeys
{
    public const string FileName = "unit.yaml";
    public const string Name = "name";
    public const string Address = "address";
    public const string OpeningHours = "opening_hours";
    public const string Phone = "phone";
    public const string Fields = "fields";
    public const string Counters = "counters";

    /// <summary>The licence of the office's open statistics, an SPDX id (<see cref="OpenData.OpenLicense.All"/>); CC-BY-4.0 when absent.</summary>
    public const string License = "license";

    /// <summary>The unit or units an office went into when it was merged or split (the first is the default).</summary>
    public const string MergedInto = "merged_into";

    /// <summary>The day (Vietnam time) from which the old office's codes open its successor's pages.</summary>
    public const string MergedFrom = "merged_from";

    /// <summary>Per field or counter of a merged unit: where its codes go when the default is wrong.</summary>
    public const string MovedTo = "moved_to";

    public static readonly IReadOnlyList<string> All = [Name, Address, OpeningHours, Phone, Fields, Counters, License, MergedInto, MergedFrom, MovedTo];

    /// <summary>Keys of one counter when it is written as a group rather than just its name.</summary>
    public static readonly IReadOnlyList<string> CounterKeys = [Name, Fields];
}
