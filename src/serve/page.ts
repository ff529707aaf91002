// The serve page: a drop zone, the session's rule severities, and the report body the server renders for the upload
// (the same body as --format html), with download buttons per report and for the batch. Self-contained like the report.
import type { Locale, Rule } from '../engine/rule.js';
import type { EffectiveConfig } from '../config/schema.js';
import { formatSize } from '../config/units.js';
import { pageShell } from '../format/html/index.js';
import { htmlMessage, type HtmlMessageId } from '../i18n/html.js';
import { esc } from '../format/html/render.js';
import type { UploadLimits } from './uploads.js';

const APP_CSS = `
.app{max-width:1500px}
.drop{display:flex;flex-wrap:wrap;gap:14px;align-items:center;border:2px dashed #b6c2cf;border-radius:10px;background:#fff;padding:18px 22px;margin:8px 0 12px;cursor:pointer}
.drop.over{border-color:#0969da;background:#f0f7ff}
.drop p{margin:0;flex:1 1 320px;color:#59636e}
.drop .limits{font-size:12px;color:#8c959f;display:block}
.btn{font:inherit;font-size:14px;border:1px solid #d0d7de;border-radius:6px;padding:5px 14px;background:#f6f8fa;cursor:pointer}
.btn.primary{background:#1f883d;border-color:#1a7f37;color:#fff;font-weight:600}
.btn:disabled{opacity:.55;cursor:default}
.chosen{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 10px}
.chosen span{background:#fff;border:1px solid #d8dee4;border-radius:6px;padding:1px 8px;font-size:12.5px}
details.sev{background:#fff;border:1px solid #d8dee4;border-radius:8px;padding:6px 14px;margin-bottom:12px}
details.sev summary{cursor:pointer;font-weight:600}
details.sev .hint{color:#59636e;font-size:12.5px;margin:4px 0 8px}
.sev-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:4px 18px}
.sev-grid label{display:flex;gap:8px;align-items:center;font-size:13px}
.sev-grid code{font-size:12px;min-width:150px}
.sev-grid .d{color:#59636e;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;flex:1}
.status{min-height:22px;color:#59636e}.status.error{color:#cf222e;font-weight:600}
.downloads{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:6px 0}
.report-head .dl{display:inline-flex;gap:6px}
.report-head .dl .btn{font-size:12px;padding:1px 8px}
`;

const CLIENT_TEXT: HtmlMessageId[] = ['chosen', 'checking', 'failed', 'dlAnnotated', 'dlAnnotatedMd', 'dlLetter', 'dlXlsx', 'downloads'];

const APP_JS = `
(function(){
var T=window.RL_TEXT,files=[],form=document.getElementById('upload'),input=document.getElementById('files'),drop=document.getElementById('drop');
var status=document.getElementById('status'),out=document.getElementById('results'),chosen=document.getElementById('chosen'),go=document.getElementById('go');
function fmt(s,d){return s.replace(/\\{(\\w+)\\}/g,function(w,k){return k in d?d[k]:w})}
function setFiles(list){files=Array.prototype.slice.call(list);chosen.innerHTML='';files.forEach(function(f){var s=document.createElement('span');s.textContent=f.name;chosen.appendChild(s)});
  status.className='status';status.textContent=files.length?fmt(T.chosen,{count:files.length}):'';go.disabled=!files.length}
function rules(){var r={};document.querySelectorAll('select[data-rule]').forEach(function(s){if(s.value)r[s.dataset.rule]=s.value});return JSON.stringify(r)}
function body(list){var fd=new FormData();list.forEach(function(f){fd.append('files',f,f.name)});fd.append('rules',rules());return fd}
async function fail(r){var msg=r.statusText;try{msg=(await r.json()).error||msg}catch(e){}status.className='status error';status.textContent=fmt(T.failed,{reason:msg})}
async function check(){
  if(!files.length)return;go.disabled=true;status.className='status';status.textContent=T.checking;
  try{var r=await fetch('/api/report',{method:'POST',body:body(files)});
    if(!r.ok){await fail(r);return}
    out.innerHTML=await r.text();status.textContent='';addDownloads();window.reportlintApply()}
  catch(e){status.className='status error';status.textContent=fmt(T.failed,{reason:e.message})}
  finally{go.disabled=!files.length}
}
async function download(url,list){
  status.className='status';status.textContent=T.checking;
  var r=await fetch(url,{method:'POST',body:body(list)});
  if(!r.ok){await fail(r);return}
  var cd=r.headers.get('content-disposition')||'',m=/filename\\*=UTF-8''([^;]+)/.exec(cd),name=m?decodeURIComponent(m[1]):'download';
  var a=document.createElement('a');a.href=URL.createObjectURL(await r.blob());a.download=name;document.body.appendChild(a);a.click();
  setTimeout(function(){URL.revokeObjectURL(a.href);a.remove()},1000);status.textContent='';
}
function button(text,fn){var b=document.createElement('button');b.type='button';b.className='btn';b.textContent=text;b.addEventListener('click',fn);return b}
function addDownloads(){
  var all=document.createElement('div');all.className='downloads';var l=document.createElement('b');l.textContent=T.downloads;all.appendChild(l);
  all.appendChild(button(T.dlXlsx,function(){download('/api/xlsx',files)}));out.insertBefore(all,out.querySelector('#overview'));
  document.querySelectorAll('#results section.report').forEach(function(sec){
    var i=Number(sec.id.replace('report-','')),f=files[i];if(!f)return;var box=document.createElement('span');box.className='dl';
    box.appendChild(button(/\\.docx$/i.test(f.name)?T.dlAnnotated:T.dlAnnotatedMd,function(){download('/api/annotate',[f])}));
    box.appendChild(button(T.dlLetter,function(){download('/api/letter',[f])}));
    sec.querySelector('.facts').insertBefore(box,sec.querySelector('.facts a.top'));
  });
}
input.addEventListener('change',function(){setFiles(input.files);check()});
drop.addEventListener('click',function(e){if(e.target===go)return;input.click()});
['dragenter','dragover'].forEach(function(n){drop.addEventListener(n,function(e){e.preventDefault();drop.classList.add('over')})});
['dragleave','drop'].forEach(function(n){drop.addEventListener(n,function(e){e.preventDefault();drop.classList.remove('over')})});
drop.addEventListener('drop',function(e){if(e.dataTransfer&&e.dataTransfer.files.length){setFiles(e.dataTransfer.files);check()}});
form.addEventListener('submit',function(e){e.preventDefault();check()});
go.addEventListener('click',function(e){e.preventDefault();e.stopPropagation();check()});
})();
`;

export interface PageOptions {
  locale: Locale;
  rules: readonly Rule[];
  config: EffectiveConfig;
  limits: UploadLimits;
  toolVersion: string;
}

export function appPage(o: PageOptions): string {
  const { locale } = o;
  const t = (id: HtmlMessageId, data?: Record<string, string | number>) => htmlMessage(id, locale, data);
  const levels = ['off', 'info', 'warning', 'error'] as const;
  const severityRows = o.rules.map((rule) => {
    const id = rule.meta.id;
    const configured = o.config.rules[id];
    const current = Array.isArray(configured) ? configured[0] : configured ?? rule.meta.defaultSeverity;
    const choices = levels.map((l) => `<option value="${l}">${l === 'off' ? t('sevOff') : t(`${l}One`)}</option>`).join('');
    return `<label><code>${esc(id)}</code><select data-rule="${esc(id)}"><option value="">${t('sevDefault')} (${esc(String(current))})</option>${choices}</select>`
      + `<span class="d" title="${esc(rule.meta.description[locale])}">${esc(rule.meta.description[locale])}</span></label>`;
  }).join('');
  const limits = `≤ ${o.limits.maxFiles} × ${formatSize(o.limits.maxFileSize)}`;
  const text = Object.fromEntries(CLIENT_TEXT.map((id) => [id, htmlMessage(id, locale)]));
  const body = `<header class="page"><h1>${t('appTitle')}</h1><div class="sub">reportlint ${esc(o.toolVersion)}</div></header><main class="app">`
    + `<form id="upload"><div class="drop" id="drop"><p>${t('appIntro')}<span class="limits">${esc(limits)}</span></p>`
    + `<input type="file" id="files" name="files" multiple accept=".docx,.md,.markdown,.txt,.xlsx" hidden>`
    + `<button type="button" class="btn">${t('choose')}</button><button type="submit" class="btn primary" id="go" disabled>${t('check')}</button></div>`
    + `<div class="chosen" id="chosen"></div>`
    + `<details class="sev"><summary>${t('severities')}</summary><div class="hint">${t('severitiesHint')}</div><div class="sev-grid">${severityRows}</div></details></form>`
    + `<div class="status" id="status" role="status"></div><div id="results"></div></main>`;
  const script = `window.RL_TEXT=${JSON.stringify(text).replace(/</g, '\\u003c')};${APP_JS}`;
  return pageShell(t('appTitle'), locale, body, { css: APP_CSS, script });
}
