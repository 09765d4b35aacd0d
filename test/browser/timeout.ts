// Browser tests start Chromium and a preview server: give every test and hook a minute. (Jest
// ignores `testTimeout` inside a project's config, so the browser project sets it here.)
jest.setTimeout(60_000);
