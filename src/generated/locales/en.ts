
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'card.actions': `What an institution can do`,
'card.details': `Details`,
'card.easyRead': `Easy to read`,
'card.noId': `No recommendation is chosen.`,
'card.readMore': `Read more`,
'card.reported': `What the article reports`,
'card.source': `Source:`,
'card.suggestion': `(suggestion by numerique-choisi, not from the article)`,
'card.themeLabel': `Theme:`,
'card.translation': `Translation:`,
'card.unknownId': str`The recommendation “${0}” was not found.`,
'error.format': `The data file does not have the expected format.`,
'error.http': str`The server answered with error ${0}.`,
'error.json': `The data file is not valid JSON.`,
'error.network': `The network is not responding.`,
'error.retry': `Try again`,
'error.timeout': `The server is not responding.`,
'error.title': `The information could not be loaded.`,
'kind.constat': `Finding`,
'kind.recommandation': `Recommendation`,
'state.loading': `Loading…`,
'state.results#one': str`${0} result`,
'state.results#other': str`${0} results`,
    };
  