namespace MotCua.Publisher.Cli;

/// <summary>
/// The words that stand for what the editor writes in a command line (`publisher validate THƯ_MỤC_TRANG`), in
/// Vietnamese as every other word the command line says; verb and option names stay as they are typed.
/// </summary>
internal static class Placeholder
{
    public const string Verb = "LỆNH";
    public const string SiteDir = "THƯ_MỤC_TRANG";
    public const string OutDir = "THƯ_MỤC_RA";
    public const string Title = "TÊN_THỦ_TỤC";
    public const string Unit = "ĐƠN_VỊ";
    public const string Field = "LĨNH_VỰC";
    public const string NationalCode = "MÃ_THỦ_TỤC";
    public const string Files = "TỆP";
    public const string Port = "CỔNG";
    public const string Host = "TÊN_MIỀN";
    public const string Connection = "CHUỖI_KẾT_NỐI";
    public const string AccountUrl = "ĐỊA_CHỈ_KHO";
    public const string Container = "VÙNG_CHỨA";
    public const string Placement = "NƠI_TREO";
    public const string PublishedCodes = "TỆP_MÃ_ĐÃ_ĐĂNG";
    public const string Seconds = "SỐ_GIÂY";
    public const string Count = "SỐ_PHIẾU";
    public const string Layout = "KHỔ_NHÃN";
}
