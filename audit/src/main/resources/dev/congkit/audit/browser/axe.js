axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
  .then(r => JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact || '', help: v.help, count: v.nodes.length,
    examples: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))))
