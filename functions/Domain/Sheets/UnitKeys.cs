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

    public static readonly IReadOnlyList<string> All = [Name, Address, OpeningHours, Phone, Fields, Counters];

    /// <summary>Keys of one counter when it is written as a group rather than just its name.</summary>
    public static readonly IReadOnlyList<string> CounterKeys = [Name, Fields];
}
