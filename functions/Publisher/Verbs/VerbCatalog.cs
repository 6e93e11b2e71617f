namespace MotCua.Publisher.Verbs;

/// <summary>The verbs `publisher` knows, in the order --help lists them; each takes "now" from the one clock given.</summary>
public static class VerbCatalog
{
    public static IVerb[] Create(TimeProvider clock) =>
    [
        new ValidateVerb(clock),
        new BuildVerb(clock),
        new NewVerb(clock),
        new ImportVerb(clock),
        new ServeVerb(clock),
        new PublishVerb(clock),
        new CodesVerb(),
        new AssignVerb(),
        new PostersVerb(),
        new SlipsVerb(clock),
        new StatsVerb(clock),
    ];
}
