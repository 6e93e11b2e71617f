using Azure;

namespace MotCua.Storage.Pipeline;

/// <summary>A <see cref="NullableResponse{T}"/> without a value (the "does not exist" answer).</summary>
internal sealed class NoValueResponse<T>(Response response) : NullableResponse<T>
{
    public override bool HasValue => false;

    public override T Value => throw new InvalidOperationException("The resource does not exist; check HasValue first.");

    public override Response GetRawResponse() => response;
}
