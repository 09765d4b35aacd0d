// An ESLint rule that keeps Prospek's layers apart (docs/architecture.md). It resolves each
// relative import to a repository path and checks it against the importing file's layer, so a
// forbidden import fails `npm run lint` (and with it `npm test`) whatever its depth of `../`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Each layer: the files it covers, and a test for what they may import (repository paths). */
const LAYERS = [
  {
    name: 'the domain',
    covers: (file) => file.startsWith('src/domain/'),
    allows: (target) => target.startsWith('src/domain/'),
    rule: 'the domain imports only the domain',
  },
  {
    name: 'the sidebar',
    covers: (file) => file.startsWith('sidebar/'),
    allows: (target) =>
      target.startsWith('sidebar/') ||
      target.startsWith('src/domain/') ||
      target === 'src/sidebarApi',
    rule: 'the sidebar imports only sidebar/, src/sidebarApi and src/domain/',
  },
  {
    name: 'the add-on',
    covers: (file) => file.startsWith('src/'),
    allows: (target) => target.startsWith('src/'),
    rule: 'shipped code imports nothing outside src/ (never local/)',
  },
  {
    name: 'the local runtime',
    covers: (file) => file.startsWith('local/runtime/'),
    allows: (target) => target.startsWith('local/runtime/'),
    rule: 'the runtime is a package of its own: it imports nothing from the add-on or the preview',
  },
  {
    name: 'the preview',
    covers: (file) => file.startsWith('local/'),
    allows: (target) => target.startsWith('local/preview/') || target === 'local/runtime/index',
    rule: 'the preview uses the runtime only through local/runtime/index and never imports src/',
  },
  {
    name: 'tests, bench and scripts',
    covers: (file) => /^(test|bench|scripts)\//.test(file),
    allows: (target) => !target.startsWith('local/runtime/') || target === 'local/runtime/index',
    rule: 'tests, bench and scripts use the runtime only through local/runtime/index',
  },
];

const stripExtension = (p) => p.replace(/\.(ts|mts|js|mjs|cjs)$/, '');

export const layers = {
  meta: {
    type: 'problem',
    docs: { description: "Keep Prospek's layers apart (docs/architecture.md)." },
    schema: [],
  },
  create(context) {
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const layer = LAYERS.find((l) => l.covers(file));
    if (!layer) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = stripExtension(
        path
          .relative(root, path.resolve(path.dirname(context.filename), source))
          .split(path.sep)
          .join('/'),
      );
      if (!layer.allows(target)) {
        context.report({ node, message: `${file} imports ${target}: ${layer.rule}.` });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
