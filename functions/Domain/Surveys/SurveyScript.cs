namespace MotCua.Domain.Surveys;

/// <summary>
/// The survey page's only script, inlined after the form (no extra request on 2G). The form works
/// fully without it; with it, <c>client_id</c> gets a random id (so a retry is stored once), and an
/// answer is kept in <c>localStorage</c> when it is sent, to be sent again with the same body (and the
/// same id) when the connection returns or on the next visit, then cleared. Offline, the submit is
/// held and the citizen told it will go when the network is back.
/// </summary>
public static class SurveyScript
{
    /// <summary>Budget for <see cref="Source"/>, in UTF-8 bytes.</summary>
    public const int MaxBytes = 2048;

    /// <summary>The <c>localStorage</c> key of the unsent answer.</summary>
    public const string PendingKey = "gop-y-cho";

    /// <summary>Request header the script adds when it re-sends, so the answer is stored with channel <c>script</c>.</summary>
    public const string ChannelHeader = "X-Survey-Channel";

    /// <summary>The page script; ids and names as <see cref="SurveyFormRenderer"/> writes them.</summary>
    public const string Source = """
(function(){var f=document.getElementById('survey-form');if(!f||!window.fetch||!window.URLSearchParams)return;
var K='gop-y-cho',s=null,c=f.elements.client_id,t=document.getElementById('survey-status');try{s=window.localStorage}catch(e){}
function say(m){if(t)t.textContent=m}
if(c&&!c.value){var a=new Uint8Array(16);crypto.getRandomValues(a);c.value=Array.prototype.map.call(a,function(b){return(b+256).toString(16).slice(1)}).join('')}
function send(first){var b=s&&s.getItem(K);if(!b||navigator.onLine===false)return;
if(first&&c&&new URLSearchParams(b).get('client_id')===c.value)return;
fetch(f.action,{method:'POST',body:b,headers:{'Content-Type':'application/x-www-form-urlencoded','X-Survey-Channel':'script'},redirect:'manual',credentials:'same-origin'}).then(function(r){
if(r.type==='opaqueredirect'||r.status<500){if(s.getItem(K)===b)s.removeItem(K);if(r.type==='opaqueredirect'||r.ok)say('Ý kiến lưu trên máy lần trước đã được gửi. Cảm ơn ông/bà!')}}).catch(function(){})}
f.addEventListener('submit',function(e){if(!s)return;try{s.setItem(K,new URLSearchParams(new FormData(f)).toString())}catch(x){}
if(navigator.onLine===false){e.preventDefault();say('Chưa có mạng. Ý kiến đã được lưu trên máy và sẽ tự gửi khi có mạng.')}});
window.addEventListener('online',function(){send(false)});send(true)})();
""";

    /// <summary>For the thank-you page: the answer arrived, so nothing is left to re-send.</summary>
    public const string ThanksSource = "try{localStorage.removeItem('" + PendingKey + "')}catch(e){}";
}
