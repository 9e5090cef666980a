// html-validate settings for the built site (test/dist/html.test.ts): the recommended and accessibility presets.
export default {
  extends: ['html-validate:recommended', 'html-validate:a11y'],
  rules: {
    // Preact writes void elements as <input/>, Astro as <input>: both are valid HTML, so their spelling is not checked.
    'void-style': 'off',
  },
};
