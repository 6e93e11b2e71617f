using System.CommandLine;
using System.CommandLine.Invocation;
using MotCua.Domain.Sheets;
using MotCua.Publisher.Cli;
using MotCua.Publisher.Verbs;

namespace MotCua.Publisher;

/// <summary>Dispatches `publisher VERB ...` and turns every failure into one clear line, never a stack trace.</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    /// <summary>A bug of ours, not a mistake in the input: the one line printed asks the editor to report it.</summary>
    public const int Unexpected = 3;

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider clock, CancellationToken cancellationToken = default) =>
        RunAsync(VerbCatalog.Create(clock), args, stdout, stderr, cancellationToken);

    /// <summary>Runs one of <paramref name="verbs"/> (tests give their own, to see how faults are answered).</summary>
    internal static async Task<int> RunAsync(IVerb[] verbs, string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] == "help")
        {
            // `publisher help build` is `publisher build --help`; bare `publisher` shows the verbs and is a usage error.
            var help = await RunAsync(verbs, [.. args.Skip(1), "--help"], stdout, stderr, cancellationToken);
            return args.Length == 0 ? Usage : help;
        }

        var verb = Array.Find(verbs, v => string.Equals(v.Name, args[0], StringComparison.Ordinal));
        if (verb is null && !args[0].StartsWith('-') && !args[0].StartsWith('['))
        {
            await UsageErrors.WriteAsync(stderr, [UsageErrors.UnknownVerb(args[0], verbs.Select(v => v.Name))], verb);
            return Usage;
        }

        var result = CommandTree.Parse(CommandTree.Create(verbs), args);
        if (result.Action is not (null or ParseErrorAction))
        {
            // --help, --version and the [suggest] directive of shell completion: System.CommandLine answers them.
            return await result.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken);
        }

        if (verb is null || result.Errors.Count > 0)
        {
            await UsageErrors.WriteAsync(stderr, UsageErrors.Describe(result, verb), verb);
            return Usage;
        }

        var parsed = CommandTree.ArgsOf(result);
        try
        {
            return TerminalProgress.Verbs.Contains(verb.Name) && TerminalProgress.IsWatched(stdout)
                ? await TerminalProgress.RunAsync(verb.Name, writer => verb.RunAsync(parsed, writer, stderr, cancellationToken))
                : await verb.RunAsync(parsed, stdout, stderr, cancellationToken);
        }
        catch (UsageException ex)
        {
            await UsageErrors.WriteAsync(stderr, [ex.Message], verb);
            return Usage;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("đã dừng giữa chừng: không có gì ghi dở; chạy lại đúng lệnh này để làm nốt.");
            return Failed;
        }
        catch (Exception ex) when (StorageTrouble.Describe(ex, StorageTrouble.AccountOf(parsed)) is { } trouble)
        {
            await stderr.WriteLineAsync($"error: {trouble}");
            return Failed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException)
        {
            await stderr.WriteLineAsync($"error: {FileTrouble.Describe(ex)}");
            return Failed;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await stderr.WriteLineAsync(UnexpectedLine(verb.Name, ex));
            return Unexpected;
        }
    }

    /// <summary>One line that names the file being read (when known) and asks for a report; the details stay out of the editor's way.</summary>
    private static string UnexpectedLine(string verb, Exception ex)
    {
        var inner = ex is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : ex;
        var cause = inner.InnerException is { } root && inner is InputFileException ? root : inner;
        var where = inner is InputFileException file ? $"khi đọc {file.DisplayPath}" : $"trong lệnh '{verb}'";
        return $"lỗi nội bộ {where} ({cause.GetType().Name}: {cause.Message}). Đây là lỗi của publisher, không phải của tệp bạn viết: "
            + "hãy báo lại kèm dòng này và tệp đó.";
    }
}
