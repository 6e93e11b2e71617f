namespace MotCua.Publisher.Import;

/// <summary>One row of the procedure list: a national code, a title and a field, and what else the list says.</summary>
internal sealed record ListedProcedure(string Where, string Code, string Title, string Field)
{
    public string Applicants { get; init; } = "";
    public string PublishedBy { get; init; } = "";
    public string AdministrativeLevel { get; init; } = "";
    public string Status { get; init; } = "";
    public string Decision { get; init; } = "";
    public string OnlineLevel { get; init; } = "";
}

/// <summary>The procedures a list names, and the rows that could not be read (as "file:row: why").</summary>
internal sealed record ProcedureList(IReadOnlyList<ListedProcedure> Procedures, IReadOnlyList<string> Unreadable);
