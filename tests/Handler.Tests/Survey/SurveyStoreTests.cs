using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using MotCua.Data;
using MotCua.Data.Surveys;
using MotCua.Domain.Surveys;
using MotCua.Handler.Survey;
using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Survey;

[Collection(AzuriteCollection.Name)]
public sealed class SurveyStoreTests(AzuriteFixture azurite)
{
    private static readonly SurveyAnswer Answer = new() { Unit = "tp-cao-bang", Counter = "quay-1", Option = 1 };

    private static readonly string Partition = SurveyKeys.PartitionKey(TestClock.Now, Answer.Unit);

    private static string NewVisitor() => Guid.NewGuid().ToString("N");

    private static Func<int, SurveyRecord> RecordFor(string visitor, string? clientId = null) =>
        earlier => SurveyRecord.Create(Answer with { ClientId = clientId ?? Guid.NewGuid().ToString("N") }, visitor, SurveyChannel.Form, earlier, TestClock.Now);

    /// <summary>The store on the shared emulator's <c>surveys</c>; each test uses visitors of its own.</summary>
    private (SurveyStore Store, TableClient Table, RequestLog Log) Store()
    {
        var log = new RequestLog();
        var options = StorageClientDefaults.TableOptions();
        options.AddPolicy(log, HttpPipelinePosition.PerCall);
        return (new SurveyStore(new TableServiceClient(azurite.ConnectionString, options)), new TableServiceClient(azurite.ConnectionString).GetTableClient(TableNames.Surveys), log);
    }

    [Fact]
    public async Task The_rate_limit_is_one_keyed_read_however_many_answers_stuffing_left_in_the_partition()
    {
        var (store, table, log) = Store();
        await table.CreateIfNotExistsAsync();
        foreach (var chunk in Enumerable.Range(0, 3000).Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(i => new TableTransactionAction(TableTransactionActionType.Add,
                new TableEntity(Partition, $"c-stuffed-{Guid.NewGuid():N}") { ["Unit"] = Answer.Unit, ["Counter"] = Answer.Counter, ["Option"] = 0 })));
        }

        await store.AddAsync(RecordFor(NewVisitor()), CancellationToken.None);
        log.Clear();

        Assert.True(await store.AddAsync(RecordFor(NewVisitor()), CancellationToken.None));

        Assert.DoesNotContain(log.Requests, r => r.Contains("$filter", StringComparison.Ordinal));
        Assert.Equal(2, log.Requests.Count); // the tally's point read, then one transaction
    }

    [Fact]
    public async Task A_visitors_sixth_answer_at_a_counter_is_flagged_and_the_tally_counts_every_one()
    {
        var (store, table, _) = Store();
        var visitor = NewVisitor();
        var ids = Enumerable.Range(0, 7).Select(_ => Guid.NewGuid().ToString("N")).ToList();

        foreach (var id in ids)
        {
            Assert.True(await store.AddAsync(RecordFor(visitor, id), CancellationToken.None));
        }

        var reasons = new List<string?>();
        foreach (var id in ids)
        {
            reasons.Add((await table.GetEntityAsync<TableEntity>(Partition, SurveyKeys.ClientRowKey(id))).Value.GetString("MisuseReason"));
        }

        Assert.Equal(["", "", "", "", "", "rate", "rate"], reasons);
        Assert.Equal(7, (await table.GetEntityAsync<TableEntity>(Partition, SurveyKeys.TallyRowKey(visitor, Answer.Counter))).Value.GetInt32("Count"));
    }

    [Fact]
    public async Task An_answer_sent_again_is_already_stored_and_moves_no_tally()
    {
        var (store, table, _) = Store();
        var (visitor, id) = (NewVisitor(), Guid.NewGuid().ToString("N"));

        Assert.True(await store.AddAsync(RecordFor(visitor, id), CancellationToken.None));
        Assert.False(await store.AddAsync(RecordFor(visitor, id), CancellationToken.None));

        var tally = await table.GetEntityAsync<TableEntity>(Partition, SurveyKeys.TallyRowKey(visitor, Answer.Counter));
        Assert.Equal(1, tally.Value.GetInt32("Count"));
    }

    [Fact]
    public async Task Twenty_answers_at_once_from_one_visitor_are_all_stored_and_no_more_than_five_counted()
    {
        var (store, table, _) = Store();
        var visitor = NewVisitor();
        var ids = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid().ToString("N")).ToList();

        var stored = await Task.WhenAll(ids.Select(id => store.AddAsync(RecordFor(visitor, id), CancellationToken.None)));

        Assert.All(stored, Assert.True);
        var answers = new List<TableEntity>();
        foreach (var id in ids)
        {
            answers.Add((await table.GetEntityAsync<TableEntity>(Partition, SurveyKeys.ClientRowKey(id))).Value);
        }

        Assert.InRange(answers.Count(a => a.GetBoolean("Misuse") != true), 1, SurveyLimits.MaxAnswersPerVisitorCounterDay);
    }

    /// <summary>The method and URL of every request a client sends.</summary>
    private sealed class RequestLog : HttpPipelineSynchronousPolicy
    {
        private readonly List<string> _requests = [];

        public IReadOnlyList<string> Requests
        {
            get
            {
                lock (_requests)
                {
                    return [.. _requests];
                }
            }
        }

        public void Clear()
        {
            lock (_requests)
            {
                _requests.Clear();
            }
        }

        public override void OnSendingRequest(HttpMessage message)
        {
            lock (_requests)
            {
                _requests.Add($"{message.Request.Method} {Uri.UnescapeDataString(message.Request.Uri.ToString())}");
            }
        }
    }
}
