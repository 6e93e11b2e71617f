using System.Text.Json.Serialization;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Surveys;

/// <summary>A counter as the survey knows it.</summary>
public sealed record SurveyCounter(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name);

/// <summary>A procedure a citizen may name in an answer, with the name of its field (for grouping in the form).</summary>
public sealed record SurveyProcedure(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("field")] string Field);

/// <summary>One unit's counters and current (not retired) procedures.</summary>
public sealed record SurveyUnit(
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("counters")] IReadOnlyList<SurveyCounter> Counters,
    [property: JsonPropertyName("procedures")] IReadOnlyList<SurveyProcedure> Procedures)
{
    public SurveyCounter? FindCounter(string slug) =>
        Counters.FirstOrDefault(c => string.Equals(c.Slug, slug, StringComparison.Ordinal));

    public SurveyProcedure? FindProcedure(string key) =>
        Procedures.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.Ordinal));
}

/// <summary>
/// What the survey endpoint must know about the published site, published as
/// <c>/_data/survey.json</c> (<see cref="SitePaths.SurveyJson"/>) beside the code registry, so the
/// handler validates answers against the same site the citizen saw.
/// </summary>
public sealed record SurveyCatalog(
    [property: JsonPropertyName("units")] IReadOnlyList<SurveyUnit> Units)
{
    public static SurveyCatalog Empty { get; } = new([]);

    public SurveyUnit? FindUnit(string unit) =>
        Units.FirstOrDefault(u => string.Equals(u.Unit, unit, StringComparison.Ordinal));

    /// <summary>The unit and counter a form's <c>counter</c> value (<c>unit/counter</c>) names; the counter is null when either is unknown.</summary>
    public (SurveyUnit? Unit, SurveyCounter? Counter) FindCounter(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var unit = slash > 0 ? FindUnit(value[..slash]) : null;
        return (unit, unit?.FindCounter(value[(slash + 1)..]));
    }

    /// <summary>
    /// The catalog of a loaded site: every unit's counters and its procedures that are not retired,
    /// by field in the unit's order, then by title in Vietnamese order.
    /// </summary>
    public static SurveyCatalog FromSite(SiteModel site)
    {
        var titles = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);
        return new(site.Units.Select(u => new SurveyUnit(
            u.Slug,
            u.Name,
            u.Counters.Select(c => new SurveyCounter(c.Slug, c.Name)).ToList(),
            u.Fields.SelectMany(f => u.SheetsOf(f).Where(s => !s.Retired)
                    .OrderBy(s => s.Title, titles)
                    .Select(s => new SurveyProcedure(s.Key, s.Title, f.Name)))
                .ToList())).ToList());
    }
}
