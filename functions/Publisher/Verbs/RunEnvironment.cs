namespace MotCua.Publisher.Verbs;

/// <summary>
/// The environment variables a verb looks at, read through one function so tests decide what the "machine" says
/// instead of inheriting whatever the test runner's environment holds.
/// </summary>
public sealed class RunEnvironment(Func<string, string?> read)
{
    /// <summary>The real process environment.</summary>
    public static readonly RunEnvironment Process = new(Environment.GetEnvironmentVariable);

    /// <summary>Set to <c>true</c> by GitHub Actions on every job it runs.</summary>
    public bool IsGitHubActions => string.Equals(read("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The checkout folder on a GitHub runner; annotation paths must be relative to it.</summary>
    public string? GitHubWorkspace => read("GITHUB_WORKSPACE");
}
