namespace MotCua.Domain.Privacy;

/// <summary>Something the site keeps on the citizen's phone, as the privacy notice says it.</summary>
/// <param name="Name">Where the browser keeps it (its key or cache name, as a browser's settings show it).</param>
/// <param name="What">What it holds and why.</param>
/// <param name="Until">When it goes.</param>
public sealed record PhoneStore(string Name, string What, string Until);
