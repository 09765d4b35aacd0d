// Sidebar entry: replaced by the qualification form (issue 4).
const app = document.getElementById('app');
if (app) app.dataset.ready = 'true';
