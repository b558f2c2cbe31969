// The `define.js` entry of the prebuilt library (`npm run build:lib`): the public API with every tag
// registered, for host pages that load one `<script type="module">` and use no bundler of their own.
import './define.js';

export * from './index.js';
