
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'card.actions': `Was eine Einrichtung tun kann`,
'card.details': `Details`,
'card.easyRead': `Leicht zu lesen`,
'card.noId': `Es wurde keine Empfehlung ausgewählt.`,
'card.readMore': `Weiterlesen`,
'card.reported': `Was der Artikel berichtet`,
'card.source': `Quelle:`,
'card.suggestion': `(Vorschlag von numerique-choisi, nicht aus dem Artikel)`,
'card.themeLabel': `Thema:`,
'card.translation': `Übersetzung:`,
'card.unknownId': str`Die Empfehlung „${0}“ wurde nicht gefunden.`,
'error.format': `Die Datendatei hat nicht das erwartete Format.`,
'error.http': str`Der Server antwortete mit Fehler ${0}.`,
'error.json': `Die Datendatei ist kein gültiges JSON.`,
'error.network': `Das Netzwerk antwortet nicht.`,
'error.retry': `Erneut versuchen`,
'error.timeout': `Der Server antwortet nicht.`,
'error.title': `Die Informationen konnten nicht geladen werden.`,
'kind.constat': `Feststellung`,
'kind.recommandation': `Empfehlung`,
'state.loading': `Wird geladen…`,
'state.results#one': str`${0} Ergebnis`,
'state.results#other': str`${0} Ergebnisse`,
    };
  