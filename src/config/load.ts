// Finds and reads config files: the nearest one upward from each linted file (nearest wins, no cascading), or the
// one given with --config. Files are parsed once per run; every problem is a ConfigError naming file and key.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { ConfigError, configText } from './rule-settings.js';
import type { LoadedConfig } from './schema.js';

// The zod schema (and zod itself) is loaded only when a config file is found: most runs have none, and zod is
// the largest module the command line would otherwise load. `ConfigResolver.resolve` loads it and retries.
let schemaModule: typeof import('./schema.js') | undefined;

/** Thrown by the synchronous lookups when a config file needs validating before the schema is loaded. */
export class SchemaNotLoaded extends Error {}

export async function loadConfigSchema(): Promise<void> {
  schemaModule ??= await import('./schema.js');
}

/** Looked for in this order in each folder. */
export const CONFIG_FILE_NAMES = ['.reportlintrc.json', '.reportlintrc.yaml', '.reportlintrc.yml', 'reportlint.config.json'];

export class ConfigLoader {
  private readonly byDir = new Map<string, LoadedConfig | undefined>();
  private readonly byFile = new Map<string, LoadedConfig>();

  /** The config that applies to files in `dir`: the nearest config file at or above it, or undefined. */
  forDirectory(dir: string): LoadedConfig | undefined {
    const visited: string[] = [];
    let current = resolve(dir);
    let found: LoadedConfig | undefined;
    for (;;) {
      if (this.byDir.has(current)) {
        found = this.byDir.get(current);
        break;
      }
      visited.push(current);
      const name = CONFIG_FILE_NAMES.find((n) => isFile(join(current, n)));
      if (name) {
        found = this.load(join(current, name));
        break;
      }
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const d of visited) this.byDir.set(d, found);
    return found;
  }

  /** Read and validate one config file (cached). Throws ConfigError. */
  load(file: string): LoadedConfig {
    const path = resolve(file);
    const cached = this.byFile.get(path);
    if (cached) return cached;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ConfigError(code === 'ENOENT'
        ? configText(`${path}：找不到配置文件`, `${path}: config file not found`)
        : code === 'EISDIR'
          ? configText(`${path}：这是文件夹，不是配置文件`, `${path}: this is a folder, not a config file`)
          : code === 'EACCES' || code === 'EPERM'
            ? configText(`${path}：没有读取配置文件的权限`, `${path}: no permission to read the config file`)
            : configText(`${path}：无法读取配置文件（${code ?? 'error'}）`, `${path}: cannot read config file (${code ?? 'error'})`));
    }
    if (!schemaModule) throw new SchemaNotLoaded(path);
    const data = parseConfigText(path, text);
    const parsed = schemaModule.configSchema.safeParse(data);
    if (!parsed.success) throw new ConfigError(schemaModule.describeConfigIssues(path, parsed.error));
    const loaded = { file: path, content: parsed.data };
    this.byFile.set(path, loaded);
    return loaded;
  }
}

function parseConfigText(path: string, text: string): unknown {
  const yaml = /\.ya?ml$/i.test(path);
  if (text.trim() === '') return {};
  if (yaml) return parseYaml(path, text);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = (error as Error).message.split('\n')[0];
    throw new ConfigError(configText(`${path}：不是有效的 JSON（${detail}）`, `${path}: not valid JSON (${detail})`));
  }
}

let yamlModule: typeof import('yaml') | undefined;
function parseYaml(path: string, text: string): unknown {
  // `yaml` is loaded only for YAML configs; createRequire keeps this synchronous.
  yamlModule ??= requireYaml();
  const doc = yamlModule.parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const pos = first.linePos?.[0];
    const detail = first.message.split('\n')[0];
    throw new ConfigError(configText(`${path}：不是有效的 YAML${pos ? `（第 ${pos.line} 行第 ${pos.col} 列）` : ''}：${detail}`,
      `${path}: not valid YAML${pos ? ` at line ${pos.line}, column ${pos.col}` : ''} (${detail})`));
  }
  try {
    // maxAliasCount bounds alias expansion ("billion laughs" in YAML): a config never needs many aliases
    return doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    const alias = /alias/i.test((error as Error)?.message ?? '');
    throw new ConfigError(alias
      ? configText(`${path}：YAML 别名（*引用）展开过多，可能是恶意构造的“别名炸弹”；配置文件不需要这么多别名，请改写`,
        `${path}: too many YAML alias expansions (an "alias bomb"?); a config never needs that many aliases: rewrite it`)
      : configText(`${path}：YAML 内容无法转换（${(error as Error)?.message ?? String(error)}）`, `${path}: the YAML cannot be converted (${(error as Error)?.message ?? String(error)})`));
  }
}

function requireYaml(): typeof import('yaml') {
  return createRequire(import.meta.url)('yaml') as typeof import('yaml');
}

function isFile(path: string) {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}
