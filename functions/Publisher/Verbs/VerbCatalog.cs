namespace MotCua.Publisher.Verbs;

/// <summary>The verbs `publisher` knows, in the order --help lists them.</summary>
public static class VerbCatalog
{
    public static readonly IVerb[] All =
    [
        new ValidateVerb(),
        new BuildVerb(),
        new PublishVerb(),
        new CodesVerb(),
        new AssignVerb(),
        new PostersVerb(),
        new StatsVerb(),
    ];
}
