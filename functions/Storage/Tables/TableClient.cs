using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using MotCua.Storage.Blobs;
using MotCua.Storage.Pipeline;

namespace MotCua.Storage.Tables;

/// <summary>One table (mirrors Azure.Data.Tables.TableClient): entities, queries and transactions.</summary>
public class TableClient
{
    /// <summary>The service returns at most this many entities per page.</summary>
    public const int MaxPageSize = 1000;

    private readonly HttpPipeline _pipeline;
    private readonly Uri _serviceUri;

    internal TableClient(HttpPipeline pipeline, Uri serviceUri, string name)
    {
        _pipeline = pipeline;
        _serviceUri = serviceUri;
        Name = TableKeys.ValidateTableName(name);
    }

    public string Name { get; }

    public Uri Uri => new(_serviceUri.AbsoluteUri + "/" + Name);

    /// <summary>An OData filter whose interpolated values are literals of their type, escaped (see README).</summary>
    public static string CreateQueryFilter(FormattableString filter) => TableQueryFilter.Create(filter);

    /// <summary>Creates the table; 204, or the 409 <c>TableAlreadyExists</c> answer when it is already there.</summary>
    public virtual async Task<Response> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = Message(RequestMethod.Post, "/Tables");
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        SetJson(message.Request, BinaryData.FromObjectAsJson(new Dictionary<string, string>(StringComparer.Ordinal) { ["TableName"] = Name }));
        var response = await StorageOperation.SendAsync(_pipeline, message, cancellationToken, 201, 204, 409).ConfigureAwait(false);
        if (response.Status == 409 && StorageErrors.Parse(response).Code != "TableAlreadyExists")
            throw StorageErrors.Create(message);
        return response;
    }

    /// <summary>Deletes the table (204), or answers 404 when there was none.</summary>
    public virtual async Task<Response> DeleteAsync(CancellationToken cancellationToken = default)
    {
        using var message = Message(RequestMethod.Delete, $"/Tables('{Name}')");
        return await StorageOperation.SendAsync(_pipeline, message, cancellationToken, 204, 404).ConfigureAwait(false);
    }

    /// <summary>Inserts; 409 <c>EntityAlreadyExists</c> when the keys are taken. Sets <c>entity.ETag</c>.</summary>
    public virtual async Task<Response> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        TableKeys.ValidateKey(entity.PartitionKey, "PartitionKey");
        TableKeys.ValidateKey(entity.RowKey, "RowKey");
        using var message = Message(RequestMethod.Post, "/" + Name);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        SetJson(message.Request, TableEntityJson.Write(entity));
        return Written(entity, await StorageOperation.SendAsync(_pipeline, message, cancellationToken, 201, 204).ConfigureAwait(false));
    }

    /// <summary>Inserts or updates without a condition; Merge keeps other stored properties, Replace drops them.</summary>
    public virtual async Task<Response> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        using var message = EntityWrite(entity, mode, ifMatch: null);
        return Written(entity, await StorageOperation.SendAsync(_pipeline, message, cancellationToken, 204).ConfigureAwait(false));
    }

    /// <summary>Updates an existing entity if its ETag still equals <paramref name="ifMatch"/> (412 otherwise; default = any).</summary>
    public virtual async Task<Response> UpdateEntityAsync(TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        using var message = EntityWrite(entity, mode, ifMatch == default ? ETag.All : ifMatch);
        return Written(entity, await StorageOperation.SendAsync(_pipeline, message, cancellationToken, 204).ConfigureAwait(false));
    }

    /// <summary>Deletes an entity (204), or answers 404 when there was none; 412 when <paramref name="ifMatch"/> is stale.</summary>
    public virtual async Task<Response> DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        using var message = Message(RequestMethod.Delete, "/" + Name + TableKeys.EntityPath(partitionKey, rowKey));
        message.Request.Headers.SetValue(StorageHeaders.IfMatch, ifMatch == default ? "*" : BlobHeaders.ToHeader(ifMatch));
        return await StorageOperation.SendAsync(_pipeline, message, cancellationToken, 204, 404).ConfigureAwait(false);
    }

    /// <summary>One entity; 404 <c>ResourceNotFound</c> when missing.</summary>
    public virtual async Task<Response<T>> GetEntityAsync<T>(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : TableEntity, new()
    {
        var response = await GetEntityIfExistsAsync<T>(partitionKey, rowKey, select, cancellationToken).ConfigureAwait(false);
        if (!response.HasValue)
        {
            throw new RequestFailedException(404, StorageErrors.Describe(404, "ResourceNotFound", "The entity does not exist.", $"GET {Name}{TableKeys.EntityPath(partitionKey, rowKey)}"), "ResourceNotFound", null);
        }

        return Response.FromValue(response.Value!, response.GetRawResponse());
    }

    /// <summary>One entity, or a response without a value when it does not exist (no exception).</summary>
    public virtual async Task<NullableResponse<T>> GetEntityIfExistsAsync<T>(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : TableEntity, new()
    {
        using var message = Message(RequestMethod.Get, "/" + Name + TableKeys.EntityPath(partitionKey, rowKey));
        AppendSelect(message.Request.Uri, select);
        var response = await StorageOperation.SendAsync(_pipeline, message, cancellationToken, 200, 404).ConfigureAwait(false);
        if (response.Status == 404)
            return new NoValueResponse<T>(response);
        using var json = JsonDocument.Parse(response.Content);
        var entity = TableEntityJson.Read<T>(json.RootElement);
        if (response.Headers.ETag is { } etag)
            entity.ETag = etag;
        return Response.FromValue(entity, response);
    }

    /// <summary>Entities matching <paramref name="filter"/> (build it with <see cref="CreateQueryFilter"/>), following continuation tokens.</summary>
    public virtual AsyncPageable<T> QueryAsync<T>(string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : TableEntity, new()
    {
        var columns = select?.ToList();
        return new StoragePageable<T>((token, size, ct) => QueryPageAsync<T>(filter, size ?? maxPerPage, columns, token, ct), cancellationToken);
    }

    /// <summary>
    /// Commits up to 100 operations on one partition atomically. More operations, several partitions or
    /// an entity twice are refused with an <see cref="ArgumentException"/> before any request; a refused
    /// changeset throws <see cref="TableTransactionFailedException"/> naming the failing operation.
    /// </summary>
    public virtual async Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(IEnumerable<TableTransactionAction> transactionActions, CancellationToken cancellationToken = default)
    {
        var actions = TableTransactionSerializer.Validate(transactionActions);
        var (contentType, body) = TableTransactionSerializer.Write(_serviceUri, Name, actions);
        using var message = Message(RequestMethod.Post, "/$batch");
        message.Request.Headers.SetValue(StorageHeaders.ContentType, contentType);
        message.Request.Content = RequestContent.Create(body);
        var response = await StorageOperation.SendAsync(_pipeline, message, cancellationToken, 202).ConfigureAwait(false);
        var statuses = TableTransactionResult.ReadStatuses(response, actions);
        return Response.FromValue<IReadOnlyList<Response>>(statuses.Select(s => (Response)new TableTransactionPartResponse(s)).ToList(), response);
    }

    private async Task<Page<T>> QueryPageAsync<T>(string? filter, int? pageSize, List<string>? select, string? continuation, CancellationToken cancellationToken)
        where T : TableEntity, new()
    {
        using var message = Message(RequestMethod.Get, "/" + Name + "()");
        var uri = message.Request.Uri;
        if (!string.IsNullOrEmpty(filter))
            uri.AppendQuery("$filter", filter, escapeValue: true);
        if (pageSize is { } size)
            uri.AppendQuery("$top", Math.Clamp(size, 1, MaxPageSize).ToString(CultureInfo.InvariantCulture));
        AppendSelect(uri, select);
        if (continuation is not null)
        {
            var parts = continuation.Split(' ');
            uri.AppendQuery("NextPartitionKey", parts[0], escapeValue: true);
            if (parts.Length > 1)
                uri.AppendQuery("NextRowKey", parts[1], escapeValue: true);
        }

        var response = await StorageOperation.SendAsync(_pipeline, message, cancellationToken, 200).ConfigureAwait(false);
        using var json = JsonDocument.Parse(response.Content);
        var items = json.RootElement.GetProperty("value").EnumerateArray().Select(TableEntityJson.Read<T>).ToList();
        return Page<T>.FromValues(items, NextToken(response), response);
    }

    // Opaque service tokens joined by a space (neither contains one).
    private static string? NextToken(Response response)
    {
        if (!response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out var partition) || partition.Length == 0)
            return null;
        return response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out var row) && row.Length > 0 ? partition + " " + row : partition;
    }

    private HttpMessage EntityWrite(TableEntity entity, TableUpdateMode mode, ETag? ifMatch)
    {
        var message = Message(mode == TableUpdateMode.Replace ? RequestMethod.Put : new RequestMethod("MERGE"), "/" + Name + TableKeys.EntityPath(entity.PartitionKey, entity.RowKey));
        if (ifMatch is { } etag)
            message.Request.Headers.SetValue(StorageHeaders.IfMatch, BlobHeaders.ToHeader(etag));
        SetJson(message.Request, TableEntityJson.Write(entity));
        return message;
    }

    private static Response Written(TableEntity entity, Response response)
    {
        if (response.Headers.ETag is { } etag)
            entity.ETag = etag;
        return response;
    }

    private static void AppendSelect(RequestUriBuilder uri, IEnumerable<string>? select)
    {
        if (select is not null && string.Join(',', select) is { Length: > 0 } columns)
            uri.AppendQuery("$select", columns, escapeValue: true);
    }

    private static void SetJson(Request request, BinaryData body)
    {
        request.Headers.SetValue(StorageHeaders.ContentType, TableNames.Json);
        request.Content = RequestContent.Create(body);
    }

    private HttpMessage Message(RequestMethod method, string path)
    {
        var message = _pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(_serviceUri);
        message.Request.Uri.AppendPath(path, escape: false);
        message.Request.Headers.SetValue(StorageHeaders.Accept, TableNames.Accept);
        message.Request.Headers.SetValue("DataServiceVersion", "3.0");
        message.Request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        return message;
    }
}
