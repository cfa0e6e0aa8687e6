// The reference page of the keystroke benchmark: the same labelled field
// and a #results element that shows what was typed, with nothing else to
// do. Its latency is what any page pays on this machine: the key event's
// way through Chromium and the wait for the next frame (up to 16.7 ms at
// 60 frames a second). The calculator's latency reads against it.
export const ECHO_PAGE = `<!doctype html>
<html lang="ru">
<head><meta charset="utf-8"><title>echo</title></head>
<body>
<label for="margin">Маржинальность, %</label>
<input id="margin" type="text" value="40">
<p id="results">40</p>
<script>
  const field = document.getElementById('margin');
  const results = document.getElementById('results');
  field.addEventListener('input', () => { results.textContent = field.value; });
</script>
</body>
</html>`;
