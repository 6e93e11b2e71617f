using MotCua.Data;
using MotCua.Domain.Sheets;
using MotCua.Publisher.Verbs;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Verbs;

/// <summary>Storage trouble and our own faults each end in one line and a known exit code, never a stack trace.</summary>
public sealed class FaultAnswerTests
{
    /// <summary>An account on a loopback port where nothing listens: every request is refused at once.</summary>
    private static readonly string Unreachable = StorageEndpoints.WithTablePort(
        StorageEndpoints.WithBlobPort(StorageClientDefaults.DevelopmentStorage, StorageEndpoints.ClosedPort()), StorageEndpoints.ClosedPort());

    [Theory]
    [InlineData("publish")]
    [InlineData("stats")]
    public async Task Unreachable_storage_is_one_line_naming_the_account_and_what_to_check(string verb)
    {
        string[] args = verb == "publish" ? [verb, RepositoryPaths.Site, "--connection", Unreachable, "--host", "QR.EXAMPLE.VN"] : [verb, "--connection", Unreachable];

        var (code, _, error) = await PublisherCli.RunAsync(VerbCatalog.Create(TestClock.Create()), args);

        Assert.Equal(CommandLine.Failed, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.StartsWith("error: không kết nối được tới kho lưu trữ devstoreaccount1", line, StringComparison.Ordinal);
        Assert.Contains("./run.sh khởi động nó", line, StringComparison.Ordinal);

        // Vietnamese alone: none of the SDK's or the socket's English words.
        Assert.DoesNotContain("emulator", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("refused", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_fault_while_reading_a_file_names_the_file_and_exits_3()
    {
        var (code, _, error) = await PublisherCli.RunAsync([new FaultyVerb(new InputFileException("site/units/thu/ho-tich/a.md", new NullReferenceException("boom")))], "faulty");

        Assert.Equal(CommandLine.Unexpected, code);
        Assert.StartsWith("lỗi nội bộ khi đọc site/units/thu/ho-tich/a.md (NullReferenceException: boom)", error, StringComparison.Ordinal);
        Assert.Contains("hãy báo lại", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task An_unexpected_fault_from_parallel_work_is_unwrapped_and_exits_3()
    {
        var (code, _, error) = await PublisherCli.RunAsync([new FaultyVerb(new AggregateException(new InputFileException("a.md", new IndexOutOfRangeException("x"))))], "faulty");

        Assert.Equal(CommandLine.Unexpected, code);
        Assert.StartsWith("lỗi nội bộ khi đọc a.md (IndexOutOfRangeException: x)", error, StringComparison.Ordinal);
    }

    private sealed class FaultyVerb(Exception fault) : IVerb
    {
        public string Name => "faulty";

        public string Usage => "faulty";

        public string Summary => "throws";

        public Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) => throw fault;
    }
}
