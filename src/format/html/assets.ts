// Inline style and script of the HTML report (and of the serve page, which shows the same report body). No external
// request: fonts are the reader's own CJK fonts, the script is plain DOM code with event delegation so the serve page
// can insert a new report body and call window.reportlintApply().

export const REPORT_CSS = `
:root{--err:#cf222e;--err-bg:#ffe3e1;--warn:#9a6700;--warn-bg:#fff0b8;--info:#0969da;--info-bg:#dcefff;--line:#d8dee4;--muted:#59636e;
--ui:system-ui,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;
--doc:"Noto Serif CJK SC","Source Han Serif SC","Songti SC","STSong","SimSun","Noto Sans CJK SC","WenQuanYi Micro Hei",serif}
*{box-sizing:border-box}
body{margin:0;font:14px/1.6 var(--ui);color:#1f2328;background:#f3f4f6}
header.page{padding:18px 28px 8px}
header.page h1{margin:0;font-size:22px;font-weight:650;letter-spacing:.02em}
header.page .sub{color:var(--muted);font-size:13px}
main{padding:0 28px 40px}
nav.filters{position:sticky;top:0;z-index:5;display:flex;flex-wrap:nowrap;gap:6px 18px;align-items:center;padding:10px 28px;margin:0 -28px 16px;
background:rgba(255,255,255,.96);border-bottom:1px solid var(--line);box-shadow:0 1px 3px rgba(0,0,0,.05)}
nav.filters .group{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
nav.filters .label{font-weight:600;color:var(--muted);margin-right:2px}
nav.filters .rules{flex:1 1 0;min-width:0;flex-wrap:nowrap;overflow-x:auto;scrollbar-width:thin;padding-bottom:2px}
nav.filters .rules>*{flex:none}
nav.filters button{font:inherit;font-size:12px;border:1px solid var(--line);background:#fff;border-radius:6px;padding:1px 8px;cursor:pointer}
.chip{display:inline-flex;gap:5px;align-items:center;border:1px solid var(--line);border-radius:999px;padding:1px 10px 1px 8px;background:#fff;cursor:pointer;font-size:12.5px;user-select:none}
.chip input{margin:0}
.chip b{font-weight:600;color:var(--muted)}
.chip.rule{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
.chip .dot{width:9px;height:9px;border-radius:50%}
.chip.s-error .dot{background:var(--err)}.chip.s-warning .dot{background:#d4a72c}.chip.s-info .dot{background:var(--info)}
.chip:has(input:not(:checked)){opacity:.5}
nav.filters .shown{color:var(--muted);font-size:12.5px;white-space:nowrap}
h2{font-size:17px;margin:22px 0 10px}
h2 small{font-size:12px;color:var(--muted);font-weight:400;margin-left:8px}
.tw{overflow-x:auto}
table.overview-table{border-collapse:collapse;background:#fff;width:100%;font-size:13.5px;border:1px solid var(--line)}
.overview-table th,.overview-table td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:left;white-space:nowrap}
.overview-table th{background:#f6f8fa;cursor:pointer;user-select:none;font-weight:600}
.overview-table th::after{content:" ↕";color:#b0b7bf;font-size:11px}
.overview-table th[aria-sort=ascending]::after{content:" ▲";color:#1f2328}.overview-table th[aria-sort=descending]::after{content:" ▼";color:#1f2328}
.overview-table .num{text-align:right;font-variant-numeric:tabular-nums}
.overview-table td.s-error:not([data-v="0"]){color:var(--err);font-weight:600}
.overview-table td.s-warning:not([data-v="0"]){color:var(--warn);font-weight:600}
.overview-table a{color:#0550ae;text-decoration:none}
.tag{font-size:11.5px;border-radius:4px;padding:0 5px;margin-left:6px}.tag.s-error{background:var(--err-bg);color:var(--err)}
section.report{margin-top:28px}
.report-head h2{margin:0;font-size:16px;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all}
.report-head .title{font-size:17px;font-weight:600;margin-top:4px}
.report-head .facts{display:flex;flex-wrap:wrap;gap:6px 12px;color:var(--muted);font-size:13px;margin:4px 0 10px}
.count{border-radius:4px;padding:0 6px}.count.s-error{background:var(--err-bg);color:var(--err)}.count.s-warning{background:var(--warn-bg);color:var(--warn)}.count.s-info{background:var(--info-bg);color:var(--info)}
.report-head a.top{margin-left:auto;color:#0550ae;text-decoration:none}
.columns{display:grid;grid-template-columns:minmax(0,920px) minmax(320px,1fr);gap:20px;align-items:start}
article.doc{background:#fff;border:1px solid var(--line);border-radius:6px;padding:40px 52px;font:16px/1.95 var(--doc);color:#111;min-width:0}
article.doc p{margin:0 0 .35em;text-indent:2em;text-align:justify;white-space:pre-wrap}
article.doc p.cover{text-indent:0;text-align:center;font-weight:700;font-size:20px;margin:.2em 0 .6em;font-family:var(--ui)}
article.doc .h{font-family:var(--ui);font-weight:700;line-height:1.6;margin:1em 0 .4em;white-space:pre-wrap}
article.doc .d1{font-size:17px}article.doc .d2{font-size:16px}article.doc .d3,article.doc .d4,article.doc .d5{font-size:15.5px;font-weight:600}
table.doc-table{border-collapse:collapse;margin:.6em 0 1em;font:13.5px/1.55 var(--ui);width:100%}
.doc-table td,.doc-table th{border:1px solid #9aa4ae;padding:3px 6px;vertical-align:middle;white-space:pre-wrap}
.doc-table th{background:#f6f8fa;font-weight:600}
article.doc .none{color:var(--muted);text-indent:0}
mark.hl{color:inherit;border-radius:2px;padding:1px 0;cursor:pointer;box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark.hl.s-error{background:var(--err-bg);border-bottom:2px solid var(--err)}
mark.hl.s-warning{background:var(--warn-bg);border-bottom:2px solid #d4a72c}
mark.hl.s-info{background:var(--info-bg);border-bottom:2px dotted var(--info)}
mark.hl.off{background:none;border-bottom:none;cursor:auto}
sup.fn,span.fn{display:inline-block;min-width:17px;height:17px;line-height:17px;padding:0 4px;border-radius:9px;color:#fff;font:600 10.5px/17px var(--ui);text-align:center;text-indent:0;vertical-align:super;margin:0 1px;cursor:pointer}
span.fn{vertical-align:baseline;margin-right:6px}
.fn.s-error{background:var(--err)}.fn.s-warning{background:#bf8700}.fn.s-info{background:var(--info)}
.flash{outline:3px solid #fd8c73;outline-offset:2px;transition:outline-color 1.2s}
.unplaced{border:1px solid var(--line);background:#fafbfc;border-radius:6px;padding:8px 14px;margin-bottom:16px;font:13.5px/1.6 var(--ui)}
.unplaced p{text-indent:0;margin:0 0 4px;color:var(--muted)}.unplaced ul{margin:0;padding-left:4px;list-style:none}
aside.side{max-width:560px;position:sticky;top:58px;max-height:calc(100vh - 70px);overflow:auto;background:#fff;border:1px solid var(--line);border-radius:6px;font-size:13.5px}
aside.side h3{margin:0;padding:10px 14px;font-size:14px;border-bottom:1px solid var(--line);position:sticky;top:0;background:#fff;z-index:1}
aside.side ul.groups{list-style:none;margin:0;padding:0}
aside.side .section{padding:7px 14px 3px;font-weight:600;color:var(--muted);font-size:12.5px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
aside.side ol{list-style:none;margin:0;padding:0 6px 6px}
li.finding{border-left:3px solid transparent;border-radius:4px;padding:5px 8px;margin:2px 0}
li.finding:hover,li.finding.active{background:#f6f8fa}
li.finding.s-error{border-left-color:var(--err)}li.finding.s-warning{border-left-color:#d4a72c}li.finding.s-info{border-left-color:var(--info)}
li.finding a.jump{color:inherit;text-decoration:none;display:block}
li.finding .sev{font-size:11.5px;font-weight:600;margin-right:6px}
li.finding.s-error .sev{color:var(--err)}li.finding.s-warning .sev{color:var(--warn)}li.finding.s-info .sev{color:var(--info)}
li.finding .meta{display:flex;gap:10px;font-size:12px;color:var(--muted);margin:2px 0 0 23px}
li.finding .meta a.rule{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:#0550ae;text-decoration:none}
li.finding .meta a.rule:hover{text-decoration:underline}
.hidden{display:none!important}
@media (max-width:1000px){.columns{grid-template-columns:1fr}aside.side{position:static;max-height:none}article.doc{padding:24px}}
@media print{body{background:#fff;font-size:12px}nav.filters,.report-head a.top,.overview-table th::after{display:none!important}
main{padding:0}section.report{break-before:page}.columns{display:block}article.doc{border:none;padding:0;max-width:none}
aside.side{position:static;max-height:none;overflow:visible;border:none;margin-top:16px}
mark.hl,.fn,.count,.chip .dot{-webkit-print-color-adjust:exact;print-color-adjust:exact}li.finding{break-inside:avoid}}
`;

/** Sorting, filtering and jumping between the text and the side list. */
export const REPORT_JS = `
(function(){
if(window.reportlintApply)return;
var $$=function(sel,root){return Array.prototype.slice.call((root||document).querySelectorAll(sel))};
var rank={error:0,warning:1,info:2};
function apply(){
  var sev={},rule={},vis={},sevOf={},shown=0,total=0;
  $$('input[data-sev-filter]').forEach(function(i){sev[i.dataset.sevFilter]=i.checked});
  $$('input[data-rule-filter]').forEach(function(i){rule[i.dataset.ruleFilter]=i.checked});
  $$('li.finding').forEach(function(li){
    var on=sev[li.dataset.sev]!==false&&rule[li.dataset.rule]!==false;
    vis[li.dataset.f]=on;sevOf[li.dataset.f]=li.dataset.sev;total++;if(on)shown++;
    li.classList.toggle('hidden',!on);
  });
  $$('aside li.group').forEach(function(g){g.classList.toggle('hidden',!g.querySelector('li.finding:not(.hidden)'))});
  $$('mark.hl').forEach(function(m){
    var ids=m.dataset.f.split(' ').filter(function(id){return vis[id]});
    m.classList.remove('s-error','s-warning','s-info');
    if(!ids.length){m.classList.add('off');return}
    m.classList.remove('off');
    var w=ids.map(function(id){return sevOf[id]}).sort(function(a,b){return rank[a]-rank[b]})[0];
    m.classList.add('s-'+w);
  });
  $$('sup.fn, .unplaced li').forEach(function(s){s.classList.toggle('hidden',vis[s.dataset.f]===false)});
  $$('nav.filters .shown').forEach(function(el){el.textContent=el.dataset.shownTemplate.replace('{shown}',shown).replace('{total}',total)});
}
function flash(el){if(!el)return;el.classList.add('flash');setTimeout(function(){el.classList.remove('flash')},1300)}
function findingItems(id){return $$('li.finding[data-f="'+id+'"]')}
document.addEventListener('change',function(e){var t=e.target;if(t.matches&&t.matches('input[data-sev-filter],input[data-rule-filter]'))apply()});
document.addEventListener('click',function(e){
  var t=e.target;if(!t.closest)return;
  var b=t.closest('button[data-rules]');
  if(b){var on=b.dataset.rules==='all';$$('input[data-rule-filter]').forEach(function(i){i.checked=on});apply();return}
  var th=t.closest('table.overview-table th[data-sort]');
  if(th){sortBy(th);return}
  var jump=t.closest('li.finding a.jump');
  if(jump){e.preventDefault();var id=jump.parentNode.dataset.f;var m=document.querySelector('mark.hl[data-f~="'+id+'"]')||document.querySelector('.unplaced li[data-f="'+id+'"]');
    if(m){m.scrollIntoView({behavior:'smooth',block:'center'});flash(m)}
    $$('li.finding.active').forEach(function(x){x.classList.remove('active')});jump.parentNode.classList.add('active');return}
  var mark=t.closest('mark.hl:not(.off),sup.fn');
  if(mark){var ids=mark.dataset.f.split(' ');$$('li.finding.active').forEach(function(x){x.classList.remove('active')});
    var first=null;ids.forEach(function(id){findingItems(id).forEach(function(li){if(li.classList.contains('hidden'))return;li.classList.add('active');first=first||li})});
    if(first){first.scrollIntoView({behavior:'smooth',block:'nearest'});flash(first)}}
});
function sortBy(th){
  var table=th.closest('table'),body=table.tBodies[0],col=Array.prototype.indexOf.call(th.parentNode.children,th);
  var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
  $$('th',table).forEach(function(x){x.removeAttribute('aria-sort')});th.setAttribute('aria-sort',dir);
  var num=th.dataset.sort==='num',sign=dir==='ascending'?1:-1;
  var rows=$$('tr',body).sort(function(a,b){
    var x=a.children[col].dataset.v,y=b.children[col].dataset.v;
    if(num){var nx=x===''?-Infinity:Number(x),ny=y===''?-Infinity:Number(y);return (nx-ny)*sign}
    return x.localeCompare(y,'zh-CN')*sign});
  rows.forEach(function(r){body.appendChild(r)});
}
window.reportlintApply=apply;
if(document.readyState==='loading')document.addEventListener('DOMContentLoaded',apply);else apply();
})();
`;
