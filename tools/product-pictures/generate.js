#!/usr/bin/env node
// Draws the development catalog's product pictures (Shop.Web/wwwroot/images/products/{slug}.svg)
// from the seed (Shop.Web/Data/Seed/CatalogSeedData.cs): the category's colours, a few circles, and
// the product's name in Chinese and in English with the category's names, so that the picture says
// what the card under it says in either language. Run it again after changing the seed:
//
//     node tools/product-pictures/generate.js
//
// The pictures name no font that must be installed: a Chinese font of the system draws the Chinese.

'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const seed = fs.readFileSync(path.join(root, 'Shop.Web', 'Data', 'Seed', 'CatalogSeedData.cs'), 'utf8');
const folder = path.join(root, 'Shop.Web', 'wwwroot', 'images', 'products');

const colours = {
    'tea': ['#2e7d32', '#a5d6a7'],
    'books': ['#6d4c41', '#d7ccc8'],
    'stationery': ['#1565c0', '#90caf9'],
    'home': ['#ef6c00', '#ffcc80'],
    'gadgets': ['#37474f', '#b0bec5'],
    'snacks': ['#c62828', '#ef9a9a'],
    'ebooks': ['#4527a0', '#b39ddb'],
    'gift-cards': ['#ad1457', '#f48fb1'],
};

const chineseFonts = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";
const latinFonts = 'Helvetica, Arial, sans-serif';

// C# string literals of the seed: "..." with \" and \n escapes.
const literal = String.raw`"((?:[^"\\]|\\.)*)"`;
const unescape = text => text.replace(/\\n/g, ' ').replace(/\\"/g, '"').replace(/\\\\/g, '\\');

const categories = new Map();
for (const match of seed.matchAll(new RegExp(String.raw`new\(${literal}, T\(${literal}, ${literal}\), T\(`, 'g'))) {
    categories.set(match[1], { chinese: unescape(match[2]), english: unescape(match[3]) });
}
const products = [...seed.matchAll(new RegExp(String.raw`new\(${literal}, ${literal},\s*T\(${literal}, ${literal}\)`, 'g'))]
    .map(match => ({ slug: match[1], category: match[2], chinese: unescape(match[3]), english: unescape(match[4]) }));
if (categories.size !== Object.keys(colours).length || products.length === 0) {
    throw new Error(`Read ${categories.size} categories and ${products.length} products from the seed: has its shape changed?`);
}

// Widths in ems, roughly: Chinese and full-width characters are square, Latin letters about half.
const width = text => [...text].reduce((sum, c) => sum + (c.codePointAt(0) > 0x2e80 ? 1 : c === ' ' ? 0.3 : /[A-Z0-9]/.test(c) ? 0.66 : 0.54), 0);

// The text in two lines of widths as even as can be, broken at a space, before an opening
// bracket, or between two Chinese characters; never before a closing bracket or after an opening one.
function twoLines(text) {
    const chars = [...text];
    const ideograph = c => /[\u3400-\u9fff]/.test(c);
    let best = [text];
    let bestWidth = Infinity;
    for (let i = 1; i < chars.length; i++) {
        const breaksHere = chars[i] === ' ' || chars[i] === '（' || chars[i] === '(' || (ideograph(chars[i - 1]) && ideograph(chars[i]));
        if (!breaksHere) {
            continue;
        }
        const lines = [chars.slice(0, i).join('').trim(), chars.slice(i).join('').trim()];
        const widest = Math.max(...lines.map(width));
        if (widest < bestWidth) {
            best = lines;
            bestWidth = widest;
        }
    }
    return best;
}

// The largest size from `sizes` at which the text fits `maxWidth` pixels on one line, else on two.
function fit(text, sizes, maxWidth) {
    for (const lines of [[text], twoLines(text)]) {
        const widest = Math.max(...lines.map(width));
        const size = sizes.find(candidate => widest * candidate <= maxWidth);
        if (size) {
            return { size, lines };
        }
    }
    return { size: sizes[sizes.length - 1], lines: twoLines(text) };
}

const xml = text => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// The same circles for a product every time: a small generator seeded by its slug.
function circles(slug) {
    let state = [...slug].reduce((hash, c) => (hash * 31 + c.charCodeAt(0)) >>> 0, 7);
    const next = max => (state = (state * 1103515245 + 12345) >>> 0) % max;
    return Array.from({ length: 6 }, () =>
        `<circle cx="${next(800)}" cy="${next(600)}" r="${40 + next(130)}" fill="#fff" fill-opacity="${(6 + 3 * next(3)) / 100}"/>`).join('');
}

function picture(product) {
    const [dark, light] = colours[product.category];
    const category = categories.get(product.category);
    const chinese = fit(product.chinese, [68, 60, 54, 48], 660);
    const english = fit(product.english, [36, 32, 28], 660);
    const chineseHeight = chinese.lines.length * chinese.size * 1.2;
    const englishHeight = english.lines.length * english.size * 1.25;
    const gap = 28;
    let y = 300 - (chineseHeight + gap + englishHeight) / 2;
    const text = [];
    for (const line of chinese.lines) {
        y += chinese.size * 1.2;
        text.push(`<text x="400" y="${Math.round(y - chinese.size * 0.25)}" text-anchor="middle" font-family="${chineseFonts}" font-size="${chinese.size}" font-weight="700" fill="#fff">${xml(line)}</text>`);
    }
    y += gap;
    for (const line of english.lines) {
        y += english.size * 1.25;
        text.push(`<text x="400" y="${Math.round(y - english.size * 0.3)}" text-anchor="middle" font-family="${latinFonts}" font-size="${english.size}" font-weight="600" fill="#fff" fill-opacity="0.92">${xml(line)}</text>`);
    }
    const label = `${category.chinese} · ${category.english.toUpperCase()}`;
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600" width="800" height="600" role="img" aria-label="${xml(product.chinese)} / ${xml(product.english)}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${light}"/></linearGradient></defs>
<rect width="800" height="600" fill="url(#g)"/>${circles(product.slug)}
${text.join('\n')}
<text x="400" y="540" text-anchor="middle" font-family="${chineseFonts}" font-size="24" letter-spacing="4" fill="#fff" fill-opacity="0.85">${xml(label)}</text>
</svg>
`;
}

for (const product of products) {
    fs.writeFileSync(path.join(folder, `${product.slug}.svg`), picture(product));
}
console.log(`Drew ${products.length} pictures in ${path.relative(root, folder)}.`);
