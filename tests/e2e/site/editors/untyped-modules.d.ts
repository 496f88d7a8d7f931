// The fixture editors' packages ship no types (none are installed): typed loosely for the fixture only.
declare module 'react';
declare module 'react-dom/client';
declare module 'draft-js';
