
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'card.actions': `Wat een instelling kan doen`,
'card.details': `Details`,
'card.easyRead': `Makkelijk te lezen`,
'card.noId': `Er is geen aanbeveling gekozen.`,
'card.readMore': `Lees meer`,
'card.reported': `Wat het artikel vertelt`,
'card.source': `Bron:`,
'card.suggestion': `(suggestie van numerique-choisi, niet uit het artikel)`,
'card.themeLabel': `Thema:`,
'card.translation': `Vertaling:`,
'card.unknownId': str`De aanbeveling „${0}” bestaat niet.`,
'error.format': `Het gegevensbestand heeft niet het verwachte formaat.`,
'error.http': str`De server antwoordde met fout ${0}.`,
'error.json': `Het gegevensbestand is geen geldige JSON.`,
'error.network': `Het netwerk antwoordt niet.`,
'error.retry': `Opnieuw proberen`,
'error.timeout': `De server antwoordt niet.`,
'error.title': `De informatie kon niet worden geladen.`,
'kind.constat': `Vaststelling`,
'kind.recommandation': `Aanbeveling`,
'state.loading': `Laden…`,
'state.results#one': str`${0} resultaat`,
'state.results#other': str`${0} resultaten`,
    };
  