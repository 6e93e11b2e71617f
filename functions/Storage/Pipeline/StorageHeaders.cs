namespace MotCua.Storage.Pipeline;

/// <summary>Header names shared by the Blob and Table clients.</summary>
internal static class StorageHeaders
{
    public const string Version = "x-ms-version";
    public const string Date = "x-ms-date";
    public const string ErrorCode = "x-ms-error-code";
    public const string ContentMd5 = "Content-MD5";
    public const string ContentType = "Content-Type";
    public const string IfMatch = "If-Match";
    public const string IfNoneMatch = "If-None-Match";
    public const string IfModifiedSince = "If-Modified-Since";
    public const string IfUnmodifiedSince = "If-Unmodified-Since";
    public const string Accept = "Accept";
}
